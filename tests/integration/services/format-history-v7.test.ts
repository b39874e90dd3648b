import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { currentSnapshotFormat } from '../../../src/shared/domain/approved/stored-approval';
import { boardMeeting } from '../../support/approval-sample';
import { readIntact } from '../../support/read-intact';
import { standInAdded } from '../../support/stand-in-added';
import { outagesAdded } from '../../support/outages-added';
import { spanishAdded } from '../../support/spanish-added';
import { trackingAdded } from '../../support/tracking-added';
import { oneLine, pdfText } from '../pdf/poppler';
import { backedUpDataFiles } from '../../support/backup-texts';
import { handlerFolder } from './handler-folder';
import { cardAnswersAdded } from '../../support/card-answers-added';
import { exampleMarkAdded } from '../../support/example-mark-added';

const fixture = join(import.meta.dirname, '../../fixtures/store/v7-valid.json');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown>;
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

/** The printed agreement's text, as pdftotext reads the downloaded file. */
async function agreementText(dir: string, result: ExportResult): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const path = join(dir, `agreement-${Date.now()}.pdf`);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return oneLine(pdfText(path));
}

/**
 * tests/fixtures/store/v7-valid.json was written by the format-7 app itself, not by hand: commit
 * d33dcc1 was extracted with `git archive` into a scratch folder, where a vitest test opened a
 * copy of v6-valid.json with that commit's openStore and createHandlers (clock fixed at
 * 2027-11-02T16:00:00Z), which migrated it to format 7; it then named Dana Ortiz, board
 * secretary, responsible for goal g-breaks, recorded revision 4's meeting of October 14, 2027
 * (4–0, one abstaining), approved it (snapshot format 4), started revision 5 and moved to the
 * internal goals. The data file it saved was copied here unchanged.
 */
describe('a data folder from format 7 (before who stands in)', () => {
  it('opens with nobody standing in, its approvals in snapshot formats 1 to 4 intact and printable', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers, reopen } = await handlerFolder('format-v7', (dir) =>
      writeFile(join(dir, 'los-builder.json'), original),
    );
    const saved = JSON.parse(original) as Envelope;
    const approvals = saved.data.approvals as StoredApproval[];
    expect(approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2, 3, 4]);

    const backupTexts = await backedUpDataFiles(dir);
    expect(backupTexts).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(
      exampleMarkAdded(
        cardAnswersAdded(spanishAdded(outagesAdded(trackingAdded(standInAdded(saved.data))))),
      ),
    );
    // What the board approved is kept byte for byte, so each fingerprint still matches.
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    for (const approval of approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }

    const view = await handlers['approval:get'](undefined);
    expect(view.problems).toEqual([]);
    expect(view.agreement).toEqual({ revision: 5, status: 'draft' });
    expect(view.versions.map(({ revision, problem }) => ({ revision, problem }))).toEqual(
      [1, 2, 3, 4].map((revision) => ({ revision, problem: null })),
    );
    expect((await handlers['app:status'](undefined)).notices).toEqual([]);
    // Each old approval reads with nobody standing in, and prints without a "Stands in" line.
    for (const stored of approvals) {
      const goals = readIntact(stored).content.goals;
      expect(goals.map((goal) => goal.standIn)).toEqual(goals.map(() => ''));
    }
    const approved = await agreementText(
      dir,
      await handlers['export:agreementPdf']({ revision: 4, language: 'en' }),
    );
    expect(approved).toContain('Dana Ortiz, board secretary');
    expect(approved).not.toContain('Stands in');
    const again = await reopen();
    expect((await again['approval:get'](undefined)).versions).toEqual(view.versions);
  });

  it('takes a stand-in, approves it in the current snapshot format and prints it beside the responsible person', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers, reopen } = await handlerFolder('format-v7-stand-in', (dir) =>
      writeFile(join(dir, 'los-builder.json'), original),
    );
    const goals = await handlers['goals:list'](undefined);
    const breaks = goals.find((goal) => goal.id === 'g-breaks')!;
    const { id, rev, ...fields } = breaks;
    await handlers['goals:update']({
      id,
      rev,
      fields: { ...fields, standIn: 'Pat Romero, relief operator' },
    });
    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: boardMeeting({
        date: '2027-11-18',
        resolutionNumber: '2027-12',
        minutesExcerpt: 'Motion to adopt revision 5. Carried.',
      }),
    });
    expect((await handlers['approval:get'](undefined)).blockers).toEqual([]);
    await handlers['approval:approve']({ meetingAfterTodayConfirmed: true });

    const again = await reopen();
    const stored = (await onDisk(dir)).data.approvals as StoredApproval[];
    expect(stored.map((approval) => approval.snapshotFormat)).toEqual([
      1,
      2,
      3,
      4,
      currentSnapshotFormat,
    ]);
    const approvedGoal = readIntact(stored[4]!).content.goals.find((goal) => goal.id === id);
    expect(approvedGoal?.standIn).toBe('Pat Romero, relief operator');
    expect((await again['approval:get'](undefined)).problems).toEqual([]);
    const text = await agreementText(
      dir,
      await again['export:agreementPdf']({ revision: 5, language: 'en' }),
    );
    expect(text).toMatch(/Dana Ortiz, board secretary Stands in: Pat Romero, relief operator/);
  });
});
