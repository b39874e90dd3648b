import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { sha256Hex } from '../../../src/main/services/records';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import { boardMeeting } from '../../support/approval-sample';
import { backedUpDataFiles } from '../../support/backup-texts';
import { readIntact } from '../../support/read-intact';
import { expectSoundPdf, savedPdf } from './report-papers';
import { february3, handlerFolder } from './handler-folder';
import { cardAnswersAdded } from '../../support/card-answers-added';
import { exampleMarkAdded } from '../../support/example-mark-added';

// How the fixture was made: see migration-spanish-evidence.test.ts.
const fixture = join(import.meta.dirname, '../../fixtures/store/v11-valid.json');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown> & { approvals: StoredApproval[] };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

const opened = (label: string) =>
  handlerFolder(
    label,
    async (dir) => writeFile(join(dir, 'los-builder.json'), await readFile(fixture, 'utf8')),
    february3,
  );

// Revision 6 of the fixture, approved in snapshot format 6: goal 3 (pressure, the one external
// goal) rests on the pressure comments and on one quoted comment.
const englishLines = [
  '3 comments on Pressure (3 strong), from Annual meeting',
  '“Pressure drops every evening” (Annual meeting, May 12, 2026)',
];
const spanishLines = [
  '3 comentarios sobre la presión (3 fuertes), según la reunión anual',
  '“Pressure drops every evening” (Reunión anual, 12 de mayo de 2026)',
];

/** How many passages the Spanish agreement's note says it prints in English. */
function notedCount(text: string): number {
  const match = /(\d+|Un) textos? de la mesa directiva aparecen? en inglés/.exec(text);
  if (match === null) return 0;
  return match[1] === 'Un' ? 1 : Number(match[1]);
}

/** The passages marked as English in a paper's text, the note's own «(en inglés)» left out. */
function marks(text: string): number {
  const inText = (mark: string) => text.split(mark).length - 1;
  return inText('(en inglés)') + inText('(unidad en inglés)') - (notedCount(text) > 0 ? 1 : 0);
}

describe('a data folder from format 11 (before the evidence in Spanish)', () => {
  it('opens unchanged, every fingerprint matching, its approvals read without Spanish evidence', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers } = await opened('format-v11');
    const saved = JSON.parse(original) as Envelope;
    expect(saved.schemaVersion).toBe(11);
    expect(await backedUpDataFiles(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(exampleMarkAdded(cardAnswersAdded(saved.data)));
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    expect(saved.data.approvals.map((approval) => approval.snapshotFormat)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    for (const approval of saved.data.approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }
    const [evidence] = readIntact(saved.data.approvals[5]!).content.customerFeedback!.evidence;
    expect(evidence).toEqual({ goalId: 'g-pressure', lines: englishLines });
    const view = await handlers['approval:get'](undefined);
    expect(view.problems).toEqual([]);
    expect(view.versions.every((version) => version.problem === null)).toBe(true);
  });

  it('prints revision 6’s evidence in English on both papers, marked and counted on the Spanish one', async () => {
    const { dir, handlers } = await opened('format-v11-print');
    const english = await savedPdf(
      dir,
      'en.pdf',
      await handlers['export:agreementPdf']({ revision: 6, language: 'en' }),
    );
    for (const line of englishLines) expect(english.text).toContain(`Evidence: ${line}`);
    expect(english.text).not.toContain('(en inglés)');

    const spanish = await savedPdf(
      dir,
      'es.pdf',
      await handlers['export:agreementPdf']({ revision: 6, language: 'es' }),
    );
    expectSoundPdf(spanish.path);
    for (const line of englishLines) {
      expect(spanish.text).toContain(`Datos que la respaldan: ${line} (en inglés)`);
    }
    for (const line of spanishLines) expect(spanish.text).not.toContain(line);
    // The note near the top counts every marked passage, the two evidence lines among them.
    expect(notedCount(spanish.text)).toBe(marks(spanish.text));
    expect(marks(spanish.text)).toBeGreaterThanOrEqual(2);
  });
});

describe('an approval made now (snapshot format 7)', () => {
  async function approvedRevision7(label: string) {
    const folder = await opened(label);
    const { handlers } = folder;
    await handlers['approval:newRevision'](undefined);
    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: boardMeeting({
        date: '2028-02-02',
        resolutionNumber: '2028-2',
        minutesExcerpt: 'Motion to adopt revision 7. Carried.',
      }),
    });
    expect((await handlers['approval:get'](undefined)).blockers).toEqual([]);
    await handlers['approval:approve'](undefined);
    return folder;
  }

  it('keeps the evidence in English and in Spanish, fingerprinted, and the font check reads both', async () => {
    const { dir } = await approvedRevision7('format-v11-approve');
    const stored = (await onDisk(dir)).data.approvals;
    expect(stored.map((approval) => approval.snapshotFormat)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const newest = stored[6]!;
    expect(await computeFingerprint(newest)).toBe(newest.fingerprint);
    const { content, meeting } = readIntact(newest);
    expect(content.customerFeedback?.evidence).toEqual([
      { goalId: 'g-pressure', lines: englishLines, linesSpanish: spanishLines },
    ]);
    // The font check names the Spanish lines too (goal 3 is the pressure goal).
    expect(printableFieldsOf(content, meeting)).toEqual(
      expect.arrayContaining([
        { field: 'Goal 3, evidence 1', text: englishLines[0] },
        { field: 'Goal 3, evidence 2 in Spanish', text: spanishLines[1] },
      ]),
    );

    // A Spanish line changed in the file afterwards is caught like any other change.
    const changed = structuredClone(newest) as StoredApproval & {
      content: { customerFeedback: { evidence: { linesSpanish: string[] }[] } };
    };
    changed.content.customerFeedback.evidence[0]!.linesSpanish[0] =
      '30 comentarios sobre la presión (30 fuertes), según la reunión anual';
    expect(readApprovedVersion(changed, sha256Hex)).toEqual({ ok: false, problem: 'altered' });
  });

  it('prints the draft’s evidence in Spanish on a Spanish draft', async () => {
    const { dir, handlers } = await opened('format-v11-draft');
    await handlers['approval:newRevision'](undefined);
    const draft = await savedPdf(
      dir,
      'draft-es.pdf',
      await handlers['export:agreementPdf']({ revision: null, language: 'es' }),
    );
    for (const line of spanishLines)
      expect(draft.text).toContain(`Datos que la respaldan: ${line}`);
    expect(draft.text).not.toContain(englishLines[0]);
  });

  it('prints Spanish evidence on the Spanish agreement and the same English on the English one', async () => {
    const { dir, handlers } = await approvedRevision7('format-v11-print-7');
    const spanish = await savedPdf(
      dir,
      'es.pdf',
      await handlers['export:agreementPdf']({ revision: 7, language: 'es' }),
    );
    expectSoundPdf(spanish.path);
    for (const line of spanishLines) {
      expect(spanish.text).toContain(`Datos que la respaldan: ${line}`);
      expect(spanish.text).not.toContain(`${line} (en inglés)`);
    }
    expect(spanish.text).not.toContain(englishLines[0]);
    expect(spanish.text).not.toContain('Annual meeting');
    expect(notedCount(spanish.text)).toBe(marks(spanish.text));
    // Revision 7 is revision 6 approved again: its paper marks exactly the two evidence lines fewer.
    const before = await savedPdf(
      dir,
      'es-6.pdf',
      await handlers['export:agreementPdf']({ revision: 6, language: 'es' }),
    );
    expect(notedCount(spanish.text)).toBe(notedCount(before.text) - 2);

    const english = await savedPdf(
      dir,
      'en.pdf',
      await handlers['export:agreementPdf']({ revision: 7, language: 'en' }),
    );
    for (const line of englishLines) expect(english.text).toContain(`Evidence: ${line}`);
    expect(english.text).not.toContain('Presión');
  });
});
