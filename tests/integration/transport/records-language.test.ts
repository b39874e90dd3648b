import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http';
import type { ApprovalView } from '../../../src/shared/api/approval-contract';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { prepareApprovable } from '../../support/approval-sample';
import { callApi } from '../../support/serve-client';
import { handlerFolder } from '../services/handler-folder';

// The records check and a kept approval's outcome, asked for by a Spanish page over HTTP: the
// view carries them as shared messages the page says in Spanish, and a refusal to print comes
// back in Spanish.

const token = 'd'.repeat(64);
let intact: RunningHttpServer;
let altered: RunningHttpServer;

/** An approved agreement (meeting of March 9, 2027, carried 3–1, 1 abstaining), served over HTTP. */
async function served(label: string, alter: boolean): Promise<RunningHttpServer> {
  const folder = await handlerFolder(label);
  await prepareApprovable(folder.handlers);
  await folder.handlers['approval:approve'](undefined);
  let handlers = folder.handlers;
  if (alter) {
    // Someone with a text editor raises a goal's target in the approved record.
    const path = join(folder.dir, 'los-builder.json');
    await folder.store.close();
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      data: { approvals: Array<{ content: { goals: Array<{ target: number }> } }> };
    };
    file.data.approvals[0]!.content.goals[0]!.target = 99;
    await writeFile(path, JSON.stringify(file));
    handlers = await folder.reopen();
  }
  return startHttpServer({
    dispatch: createDispatcher(handlers, { checkOutputs: true }),
    port: 0,
    token,
    maxBodyBytes: 64 * 1024,
  });
}

beforeAll(async () => {
  intact = await served('records-language-intact', false);
  altered = await served('records-language-altered', true);
});

afterAll(async () => {
  await intact.close();
  await altered.close();
});

async function call(to: RunningHttpServer, method: string, input: unknown, language: 'en' | 'es') {
  const { result } = await callApi(to.port, token, method, input, { language });
  return result as { ok: boolean; value?: unknown; error?: unknown };
}

async function approvalView(to: RunningHttpServer): Promise<ApprovalView> {
  const answer = await call(to, 'approval:get', undefined, 'es');
  expect(answer.ok).toBe(true);
  return answer.value as ApprovalView;
}

const inSpanish = (message: Said | null | undefined) => (message ? sayIn(message, 'es') : null);

const alteredEnglish =
  'Revision 1, approved at the board meeting of March 9, 2027, was changed on this computer after the board approved it: it no longer matches its fingerprint, so it will not be printed as approved. Restore a backup from before the change, or rely on the signed paper copy.';
const alteredSpanish =
  'En esta computadora se cambió la revisión 1, aprobada en la reunión de la mesa directiva del 9 de marzo de 2027, después de su aprobación: ya no coincide con su huella digital, así que no se imprimirá como aprobada. Restaure una copia de respaldo de antes del cambio, o use la copia firmada en papel.';

describe('the records of an altered approval, for a Spanish page', () => {
  it('carries the problem as a message the page says in Spanish', async () => {
    const view = await approvalView(altered);
    expect(view.problems.map(inSpanish)).toEqual([alteredSpanish]);
    const [version] = view.versions;
    expect(inSpanish(version?.problem)).toBe(alteredSpanish);
    expect(version?.problem && sayIn(version.problem, 'en')).toBe(alteredEnglish);
    // Nothing of an altered record is shown as approved, its outcome included.
    expect(version?.outcomeSummary).toBeNull();
  });

  it('says why no results can be recorded in Spanish, the check’s sentence inside', async () => {
    const answer = await call(altered, 'tracking:get', undefined, 'es');
    const { problem } = answer.value as { problem: Said | null };
    expect(inSpanish(problem)).toBe(
      `${alteredSpanish} Se podrán registrar resultados de nuevo cuando se restaure una copia de respaldo de antes del cambio.`,
    );
  });

  it('refuses to print the altered revision in the page’s language', async () => {
    const input = { revision: 1, language: 'es' };
    expect(await call(altered, 'export:agreementPdf', input, 'es')).toEqual({
      ok: false,
      error: { code: 'conflict', message: alteredSpanish },
    });
    expect(await call(altered, 'export:agreementPdf', input, 'en')).toEqual({
      ok: false,
      error: { code: 'conflict', message: alteredEnglish },
    });
  });
});

describe('an intact approval, for a Spanish page', () => {
  it('says the vote’s outcome in Spanish from the stored tally, with no problem', async () => {
    const view = await approvalView(intact);
    expect(view.problems).toEqual([]);
    const [version] = view.versions;
    expect(version?.problem).toBeNull();
    expect(inSpanish(version?.outcomeSummary)).toBe('Aprobada 3–1, 1 abstención.');
    expect(version?.outcomeSummary && sayIn(version.outcomeSummary, 'en')).toBe(
      'Carried 3–1, 1 abstaining.',
    );
  });
});
