import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import type { TrackedGoal, TrackingView } from '../../../src/shared/api/tracking-contract';
import type { GoalFields } from '../../../src/shared/domain/goal';
import { approvableGoals, prepareApprovable } from '../../support/approval-sample';
import type { PromisedHandlers } from '../../support/promised-handlers';
import { oneLine, pdfText } from '../pdf/poppler';
import { handlerFolder } from './handler-folder';
import { fromLogInEnglish } from '../../support/after-vote-english';

/** 15 June 2027, local noon: three months after Cedar Flats approved on 9 March 2027. */
const june15 = () => new Date('2027-06-15T12:00:00');

const [, external] = approvableGoals();
if (!external) throw new Error('The sample has an external goal.');
/** CS7 as the board adopted it: its results come from the complaint log. */
const resolveGoal: GoalFields = {
  ...external,
  templateId: 'CS7',
  frequency: 'each-event',
  statement: 'We settle every complaint promptly.',
  measure: 'Working days from a complaint to its resolution',
  unit: 'working days',
  target: 10,
};

const header =
  'Date Received,Time Received,Category,Description,Date Responded,Time Responded,Date Resolved,Time Resolved';

// Imported before the vote. Resolved in 1 working day (Friday 7 May to Monday 10 May) and in
// 12 (Friday 14 May to Tuesday 1 June); one still open; one from before the approval.
const logBeforeVote = [
  header,
  '2027-05-07,16:40,Billing,Bill too high,2027-05-10,09:00,2027-05-10,11:00',
  '2027-05-14,08:00,Pressure,Low pressure on Elm Street,2027-05-14,10:00,2027-06-01,15:00',
  '2027-06-02,09:00,Billing,Charged twice,2027-06-02,10:00,,',
  '2027-02-01,09:00,Billing,Old complaint,2027-02-01,10:00,2027-02-02,10:00',
].join('\n');

// The newer log, brought in after the vote: Monday 7 June to Wednesday 9 June is 2 working
// days; the second is still open.
const logAfterVote = [
  header,
  '2027-06-07,08:00,Billing,Meter misread,2027-06-07,09:00,2027-06-09,10:00',
  '2027-06-10,11:00,Pressure,No pressure on Oak Street,2027-06-10,12:00,,',
].join('\n');

async function importLog(handlers: PromisedHandlers, fileName: string, csvText: string) {
  const { fileId, preview } = await handlers['complaints:open']({ fileName, csvText });
  return handlers['complaints:import']({ fileId, mapping: preview.mapping });
}

async function downloadedText(dir: string, result: ExportResult): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const path = join(dir, 'agreement.pdf');
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return oneLine(pdfText(path));
}

const resolveCard = (view: TrackingView) => {
  const goal = view.areas
    .flatMap((area) => area.goals)
    .find((g) => g.statement === resolveGoal.statement);
  if (!goal) throw new Error('The complaint goal is on the overview.');
  return goal;
};

const results = (goal: TrackedGoal) => goal.fromLog?.results.map((r) => [r.day, r.value, r.meets]);

describe('the complaint log after the vote', () => {
  it('takes a newer log, a topic and a removal; the approval, its fingerprint and its PDF stay as approved', async () => {
    const { dir, handlers } = await handlerFolder('complaint-log-after-vote', undefined, june15);
    await prepareApprovable(handlers);
    await handlers['goals:add']({ fields: resolveGoal });
    await importLog(handlers, 'complaints-may.csv', logBeforeVote);
    await handlers['approval:approve'](undefined);

    const dataFile = () => readFile(join(dir, 'los-builder.json'));
    const fileBefore = await dataFile();
    const approvalBefore = await handlers['approval:get'](undefined);
    const pdfBefore = await downloadedText(
      dir,
      await handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
    );
    // The approved figures: the four complaints imported before the vote.
    expect(pdfBefore).toContain('4 complaints received from February 1, 2027 to June 2, 2027.');
    expect(results(resolveCard(await handlers['tracking:get'](undefined)))).toEqual([
      ['2027-05-07', 1, true],
      ['2027-05-14', 12, false],
    ]);

    const imported = await importLog(handlers, 'complaints-june.csv', logAfterVote);
    expect(imported).toMatchObject({ added: 2, alreadyImported: 0, summary: { total: 6 } });

    // The overview's complaint-fed goal counts the newer complaints at once.
    const after = resolveCard(await handlers['tracking:get'](undefined));
    expect(results(after)).toEqual([
      ['2027-05-07', 1, true],
      ['2027-05-14', 12, false],
      ['2027-06-07', 2, true],
    ]);
    expect(fromLogInEnglish(after.fromLog)?.years).toEqual([
      'In 2027: 2 of 3 resolved within the target (67%), median 2 working days; 2 more without a figure.',
    ]);
    expect(fromLogInEnglish(after.fromLog)?.howToAdd).toMatch(
      /To add newer complaints, import the newer log in step 4, Customers \(Complaint log tab\)\.$/,
    );

    const rows = await handlers['complaints:rows'](undefined);
    const misread = rows.find((row) => row.description === 'Meter misread');
    expect(
      await handlers['complaints:setTopic']({ key: misread!.key, topic: 'other' }),
    ).toMatchObject({ topic: 'other', topicChosen: true });

    // Nothing of the agreement moved: the data file (approvals and fingerprints in it) is the
    // same to the byte, and the approved PDF prints the figures it was approved with.
    expect((await dataFile()).equals(fileBefore)).toBe(true);
    expect(await handlers['approval:get'](undefined)).toEqual(approvalBefore);
    const pdfAfter = await downloadedText(
      dir,
      await handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
    );
    expect(pdfAfter).toBe(pdfBefore);
    expect(pdfAfter).not.toContain('Meter misread');
    expect(pdfAfter).not.toContain('June 10, 2027');

    // Taking the newer file out again is allowed too, and leaves the goal as it was.
    const june = (await handlers['customers:get'](undefined)).complaints.imports.find(
      (entry) => entry.fileName === 'complaints-june.csv',
    );
    await handlers['complaints:removeImport']({ importId: june!.id });
    expect(results(resolveCard(await handlers['tracking:get'](undefined)))).toEqual([
      ['2027-05-07', 1, true],
      ['2027-05-14', 12, false],
    ]);
    expect((await dataFile()).equals(fileBefore)).toBe(true);
    expect(await handlers['approval:get'](undefined)).toEqual(approvalBefore);
  });
});
