import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UtilityHandlers } from '../../../src/main/handlers';
import type { TrackingView } from '../../../src/shared/api/tracking-contract';
import type { GoalFields } from '../../../src/shared/domain/goal';
import type { Outage } from '../../../src/shared/domain/tracking/outage-records';
import { fromLogInEnglish } from '../../support/after-vote-english';
import { approvableGoals, prepareApprovable } from '../../support/approval-sample';
import { handlerFolder, type HandlerFolder } from './handler-folder';

/** 15 June 2027, local noon: three months after Cedar Flats approved on 9 March 2027. */
const june15 = () => new Date('2027-06-15T12:00:00');

/** A library goal as the board adopted it: the template's measure, unit and target. */
function libraryGoal(templateId: string, fields: Partial<GoalFields>): GoalFields {
  const [, external] = approvableGoals();
  if (!external) throw new Error('The sample has an external goal.');
  return { ...external, templateId, frequency: 'each-event', ...fields };
}

const restoreGoal = libraryGoal('CS4', {
  statement: 'Water is back on the same day after an unplanned outage.',
  measure: 'Time to restore water after an unplanned outage',
  unit: 'hours',
  target: 8,
});
const noticeGoal = libraryGoal('CS5', {
  statement: 'Customers hear about a planned shutoff well before the water goes off.',
  measure: 'Notice given before a planned shutoff',
  unit: 'hours',
  direction: 'at-least',
  target: 48,
});
const resolveGoal = libraryGoal('CS7', {
  statement: 'We settle every complaint promptly.',
  measure: 'Working days from a complaint to its resolution',
  unit: 'working days',
  target: 10,
});

function outage(id: string, fields: Partial<Outage>): Outage {
  return {
    id,
    startDate: '2027-04-02',
    startTime: null,
    endDate: '',
    endTime: null,
    planned: false,
    noticeHours: null,
    customersAffected: 40,
    note: '',
    recordedAt: '2027-06-01T10:00:00.000Z',
    ...fields,
  };
}

// Received Friday 7 May, resolved Monday 10 May: 1 working day. Received Friday 14 May,
// resolved Tuesday 1 June: 12 working days, over the target. One still open. One from before
// the approval, which belongs to no goal of this agreement.
const complaintCsv = [
  'Date Received,Time Received,Category,Description,Date Responded,Time Responded,Date Resolved,Time Resolved',
  '2027-05-07,16:40,Billing,Bill too high,2027-05-10,09:00,2027-05-10,11:00',
  '2027-05-14,08:00,Pressure,Low pressure on Elm Street,2027-05-14,10:00,2027-06-01,15:00',
  '2027-06-02,09:00,Billing,Charged twice,2027-06-02,10:00,,',
  '2027-02-01,09:00,Billing,Old complaint,2027-02-01,10:00,2027-02-02,10:00',
].join('\n');

async function importComplaints(handlers: UtilityHandlers): Promise<void> {
  const { fileId, preview } = await handlers['complaints:open']({
    fileName: 'complaints.csv',
    csvText: complaintCsv,
  });
  await handlers['complaints:import']({ fileId, mapping: preview.mapping });
}

/**
 * Cedar Flats with the library goals approved. The board met on 9 March; the operator imports
 * the complaint log before the approval is recorded on 15 June (a newer log imported after the
 * vote counts too: complaint-log-after-vote.test.ts).
 */
async function approvedWithLibraryGoals(label: string, complaints = false): Promise<HandlerFolder> {
  const folder = await handlerFolder(label, undefined, june15);
  const { handlers } = folder;
  await prepareApprovable(handlers);
  for (const fields of [restoreGoal, noticeGoal, resolveGoal]) {
    await handlers['goals:add']({ fields });
  }
  if (complaints) await importComplaints(handlers);
  await handlers['approval:approve'](undefined);
  return folder;
}

interface Envelope {
  data: { approvals: unknown[]; tracking: { actuals: unknown[] } };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

const goalWith = (view: TrackingView, statement: string) => {
  const goal = view.areas.flatMap((area) => area.goals).find((g) => g.statement === statement);
  if (!goal) throw new Error(`No goal "${statement}" on the overview.`);
  return goal;
};

describe('results that come from the logs', () => {
  it('fills restoration and notice goals from the outage log, standing and all, storing nothing', async () => {
    const { dir, store, handlers } = await approvedWithLibraryGoals('tracking-outage-log');
    const fileBefore = await onDisk(dir);
    const approvalBefore = await handlers['approval:get'](undefined);

    await store.repository.update((draft) => {
      draft.tracking.outages.push(
        // Across midnight: 22:30 to 02:00 is 3.5 hours.
        outage('night', { startTime: '22:30', endDate: '2027-04-03', endTime: '02:00' }),
        // 08:00 to 18:00 is 10 hours: over the 8-hour target, and the newest.
        outage('long', {
          startDate: '2027-05-10',
          startTime: '08:00',
          endDate: '2027-05-10',
          endTime: '18:00',
        }),
        outage('dates-only', { startDate: '2027-05-20', endDate: '2027-05-20' }),
        outage('still-out', { startDate: '2027-06-14', startTime: '07:00' }),
        outage('before-approval', {
          startDate: '2027-01-05',
          startTime: '07:00',
          endDate: '2027-01-05',
          endTime: '08:00',
        }),
        // Exactly the 48 hours promised.
        outage('shutoff', { planned: true, startDate: '2027-05-01', noticeHours: 48 }),
      );
    });

    const view = await handlers['tracking:get'](undefined);
    const restore = goalWith(view, restoreGoal.statement);
    expect(restore.actuals).toEqual([]);
    expect(fromLogInEnglish(restore.fromLog)).toMatchObject({
      log: 'outages',
      origin: 'From the outage log',
      count: 2,
      notCountedCount: 2,
      years: [],
      caveat: null,
    });
    expect(fromLogInEnglish(restore.fromLog)?.howToAdd).toMatch(
      /record the outage in the Outage log tab\.$/,
    );
    expect(
      fromLogInEnglish(restore.fromLog)?.results.map((r) => [r.day, r.value, r.meets]),
    ).toEqual([
      ['2027-04-02', 3.5, true],
      ['2027-05-10', 10, false],
    ]);
    expect(fromLogInEnglish(restore.fromLog)?.notCounted).toEqual([
      'Unplanned outage that began May 20, 2027, back the same day: no times in the log, so its length is not known.',
      'Unplanned outage that began June 14, 2027: no end in the log yet.',
    ]);
    expect(restore).toMatchObject({ status: 'not-met', latestMeets: false });
    expect(restore.thisYear).toEqual({ met: 1, missed: 1 });

    const notice = goalWith(view, noticeGoal.statement);
    expect(notice.fromLog?.results.map((r) => [r.value, r.meets])).toEqual([[48, true]]);
    expect(notice).toMatchObject({ status: 'met', latestMeets: true });

    // Corrected in the log, the result follows on the next read: 08:00 to 16:00 is 8 hours,
    // exactly the target, which keeps it.
    await store.repository.update((draft) => {
      const long = draft.tracking.outages.find((o) => o.id === 'long');
      if (long) long.endTime = '16:00';
    });
    const corrected = goalWith(await handlers['tracking:get'](undefined), restoreGoal.statement);
    expect(corrected.fromLog?.results.at(-1)?.value).toBe(8);
    expect(corrected).toMatchObject({ status: 'met', latestMeets: true });

    const fileAfter = await onDisk(dir);
    expect(fileAfter.data.tracking.actuals).toEqual([]);
    expect(JSON.stringify(fileAfter.data.approvals)).toBe(
      JSON.stringify(fileBefore.data.approvals),
    );
    expect(await handlers['approval:get'](undefined)).toEqual(approvalBefore);
    expect(JSON.stringify(fileAfter)).not.toMatch(/From the outage log|Unplanned outage/);
  });

  it('fills a complaint goal from the imported log: one result per complaint, each year in words', async () => {
    const { dir, handlers } = await approvedWithLibraryGoals('tracking-complaint-log', true);
    const fileBefore = await onDisk(dir);

    const view = await handlers['tracking:get'](undefined);
    const resolve = goalWith(view, resolveGoal.statement);
    expect(fromLogInEnglish(resolve.fromLog)).toMatchObject({
      log: 'complaints',
      origin: 'From the complaint log',
      count: 2,
    });
    expect(
      fromLogInEnglish(resolve.fromLog)?.results.map((r) => [r.day, r.value, r.meets]),
    ).toEqual([
      ['2027-05-07', 1, true],
      ['2027-05-14', 12, false],
    ]);
    expect(fromLogInEnglish(resolve.fromLog)?.years).toEqual([
      'In 2027: 1 of 2 resolved within the target (50%), median 6.5 working days; 1 more without a figure.',
    ]);
    expect(fromLogInEnglish(resolve.fromLog)?.notCounted).toEqual([
      'Complaint received June 2, 2027, 09:00 (row 4 of its file): not resolved in the log yet.',
    ]);
    expect(fromLogInEnglish(resolve.fromLog)?.caveat).toMatch(/holidays/);
    expect(fromLogInEnglish(resolve.fromLog)?.howToAdd).toBe(
      'Its results come from the complaint log: each complaint since the approval is one result once it is resolved. To add newer complaints, import the newer log in step 4, Customers (Complaint log tab).',
    );
    expect(resolve).toMatchObject({ status: 'not-met', latestMeets: false });

    // The goal written by hand, about the same complaints, keeps typed results only.
    const typed = goalWith(view, 'Answer complaints within 1 working day');
    expect(typed.fromLog).toBeNull();

    const fileAfter = await onDisk(dir);
    expect(fileAfter).toEqual(fileBefore);
  });

  it('keeps results typed for a goal the log feeds, listed and counted with the log', async () => {
    const { handlers } = await approvedWithLibraryGoals('tracking-log-typed');
    const first = await handlers['tracking:get'](undefined);
    const restore = goalWith(first, restoreGoal.statement);
    expect(fromLogInEnglish(restore.fromLog)).toMatchObject({
      count: 0,
      results: [],
      notCounted: [],
    });
    expect(restore.status).toBe('no-data');
    const saved = await handlers['tracking:saveActuals']({
      entries: [
        { goalId: restore.id, period: '2027-04-20', value: 9, source: 'Before the log', note: '' },
      ],
    });
    const after = goalWith(saved, restoreGoal.statement);
    expect(after.actuals.map((a) => a.value)).toEqual([9]);
    expect(after).toMatchObject({ status: 'not-met', latestMeets: false });
  });
});
