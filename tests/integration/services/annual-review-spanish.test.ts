import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { oneLine, pdfText } from '../pdf/poppler';
import { approvedV8Folder } from './handler-folder';

/** A PDF's text as pdftotext reads the downloaded file, on one line. */
async function printedText(dir: string, result: ExportResult, name: string): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const path = join(dir, name);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return oneLine(pdfText(path));
}

const lossReason = 'Las tuberías viejas de la calle Elm gotean hasta que se cambien en 2029.';
const pressureReason = 'The state now measures pressure.';

/**
 * Revision 5 of the fixture (approved November 18, 2027), three monthly goals: 1 water loss at
 * most 15%, 2 main breaks at most 9 per 100 miles, 3 pressure at least 25 psi. The board lowers
 * goal 1 and drops goal 3, giving a reason for each, then starts revision 6.
 */
async function startedFolder() {
  const folder = await approvedV8Folder('annual-spanish');
  const { handlers } = folder;
  await handlers['annual:saveDecision']({
    goalId: 'g-loss',
    choice: 'lower',
    newTarget: 18,
    reason: lossReason,
  });
  await handlers['annual:saveDecision']({
    goalId: 'g-pressure',
    choice: 'drop',
    newTarget: null,
    reason: pressureReason,
  });
  const view = await handlers['annual:get'](undefined);
  return { ...folder, plan: view.plan };
}

describe('the annual review in Spanish', () => {
  it('plans the next revision in Spanish, and in English word for word as before', async () => {
    const { plan } = await startedFolder();
    expect(plan.map((item) => sayIn(item.text, 'es'))).toEqual([
      'Meta 1, “We lose little of the water we produce.”: el objetivo baja de como máximo 15% a como máximo 18%.',
      'Meta 3, “Every customer has enough water pressure.”: se quita de la nueva revisión.',
    ]);
    expect(plan.map((item) => sayIn(item.text, 'en'))).toEqual([
      'Goal 1, “We lose little of the water we produce.”: target lowered from at most 15% to at most 18%.',
      'Goal 3, “Every customer has enough water pressure.”: dropped from the new revision.',
    ]);
  });

  it('prints each reason under “What changed” on the Spanish draft, introduced in Spanish', async () => {
    const { dir, handlers } = await startedFolder();
    await handlers['annual:startRevision'](undefined);

    const changes = (await handlers['review:get'](undefined)).changes;
    expect(
      changes?.es.goals.map(({ change, number, details }) => [change, number, details]),
    ).toEqual([
      [
        'changed',
        1,
        [
          'Objetivo: antes “como máximo 15%”; ahora “como máximo 18%”.',
          `Razón dada en la revisión anual: ${lossReason}`,
        ],
      ],
      ['dropped', 3, [`Razón dada en la revisión anual: ${pressureReason}`]],
    ]);
    expect(changes?.en.goals.flatMap((goal) => goal.details)).toContain(
      `Reason given at the annual review: ${lossReason}`,
    );

    const draft = await printedText(
      dir,
      await handlers['export:agreementPdf']({ revision: null, language: 'es' }),
      'draft-es.pdf',
    );
    expect(draft).toContain(`Razón dada en la revisión anual: ${lossReason}`);
    expect(draft).toContain(`Razón dada en la revisión anual: ${pressureReason}`);
    expect(draft).not.toContain('Reason given at the annual review');
  });
});
