import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { oneLine, pdfText } from '../pdf/poppler';
import { handlerFolder } from './handler-folder';

/** The printed draft's text, as pdftotext reads the downloaded file. */
async function printedText(dir: string, result: ExportResult): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const path = join(dir, `draft-${Date.now()}.pdf`);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return oneLine(pdfText(path));
}

const fixture = join(import.meta.dirname, '../../fixtures/store/v8-valid.json');

describe('what changed since the revision in force', () => {
  it('is shown on the review step while the next revision is drafted, and only then', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers, reopen } = await handlerFolder('revision-changes', (dir) =>
      writeFile(join(dir, 'los-builder.json'), original),
    );
    // Revision 5 is in force and is the working copy: nothing to compare yet.
    expect((await handlers['review:get'](undefined)).changes).toBeNull();

    await handlers['approval:newRevision'](undefined);
    expect((await handlers['review:get'](undefined)).changes?.en).toEqual({
      since: 5,
      goals: [],
      mission: null,
    });

    const goals = await handlers['goals:list'](undefined);
    const breaks = goals.find((goal) => goal.id === 'g-breaks');
    const loss = goals.find((goal) => goal.id === 'g-loss');
    if (!breaks || !loss) throw new Error('The fixture has goals g-breaks and g-loss.');
    const { id, rev, ...fields } = breaks;
    await handlers['goals:update']({ id, rev, fields: { ...fields, target: 7 } });
    await handlers['goals:delete']({ id: loss.id });
    const scope = await handlers['scope:get'](undefined);
    await handlers['scope:save']({
      rev: scope.rev,
      value: { ...scope.value, mission: 'Safe, reliable water at a fair price.' },
    });

    const again = await reopen();
    const changes = (await again['review:get'](undefined)).changes?.en;
    expect(changes?.since).toBe(5);
    expect(
      changes?.goals.map(({ change, statement, details }) => ({ change, statement, details })),
    ).toEqual([
      {
        change: 'changed',
        statement: breaks.statement,
        details: [
          'Target: was “at most 9 breaks per 100 miles”; now “at most 7 breaks per 100 miles”.',
        ],
      },
      { change: 'dropped', statement: loss.statement, details: [] },
    ]);
    expect(changes?.goals.every((goal) => Number.isInteger(goal.number) && goal.number > 0)).toBe(
      true,
    );
    expect(changes?.mission).toEqual({
      before: scope.value.mission,
      after: 'Safe, reliable water at a fair price.',
    });

    // The draft printed for the board opens with the same changes, before section 1.
    const draft = await printedText(
      dir,
      await again['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    const changesAt = draft.indexOf('What changed since revision 5, the agreement in force');
    expect(changesAt).toBeGreaterThan(0);
    expect(changesAt).toBeLessThan(draft.indexOf('1. '));
    expect(draft).toContain(
      'Target: was “at most 9 breaks per 100 miles”; now “at most 7 breaks per 100 miles”.',
    );
    expect(draft).toContain(`Changed: goal 1 (goal 2 in revision 5) — ${breaks.statement}`);
    expect(draft).toContain(`Dropped: goal 1 of revision 5 — ${loss.statement}`);
    expect(draft).toContain('Now: “Safe, reliable water at a fair price.”');
    // The approved revision 5 prints as it always did: no such section.
    const approved = await printedText(
      dir,
      await again['export:agreementPdf']({ revision: 5, language: 'en' }),
    );
    expect(approved).not.toContain('What changed since');
  });
});
