import { describe, expect, it } from 'vitest';
import type { UtilityHandlers } from '../../../src/main/handlers';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { emptyCustomerRecords } from '../../../src/shared/domain/customers/customer-records';
import { emptyFeedbackPlan } from '../../../src/shared/domain/customers/feedback-plan';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import {
  annualMeeting,
  commentCard,
  smallComplaintLog,
  smallLogMapping,
} from '../../support/customer-sample';
import { goalFields, handlerFolder } from './handler-folder';
import { importComplaintCsv } from '../../support/import-complaint-csv';

const conflict = (message: RegExp) => ({
  code: 'conflict',
  message: expect.stringMatching(message) as string,
});

async function withOutreach(handlers: UtilityHandlers) {
  return handlers['customers:addOutreach']({ fields: annualMeeting() });
}

describe('step 4: the plan', () => {
  it('starts empty, saves the plan with a new rev, keeps it across a restart, and refuses a stale save', async () => {
    const { handlers, reopen } = await handlerFolder('customers-plan');
    expect(await handlers['customers:get'](undefined)).toEqual({
      records: emptyCustomerRecords(),
      complaints: emptyComplaintSummary,
    });
    const value = {
      profile: { ...emptyFeedbackPlan.profile, holdsAnnualMeeting: true, usesInternet: false },
      methods: [
        { method: 'annual-meeting' as const, plannedOn: '2026-05-12', notes: 'After the budget' },
      ],
    };
    expect(await handlers['customers:savePlan']({ rev: 0, value })).toEqual({ rev: 1, value });
    await expect(
      handlers['customers:savePlan']({ rev: 0, value: emptyFeedbackPlan }),
    ).rejects.toMatchObject(conflict(/changed in another window/));
    const again = await reopen();
    expect((await again['customers:get'](undefined)).records.plan).toEqual({ rev: 1, value });
  });
});

describe('step 4: outreach and feedback', () => {
  it('records an evening of 200 cards in order, each with its own id, and keeps them all', async () => {
    const { handlers, reopen } = await handlerFolder('customers-cards');
    const outreach = await withOutreach(handlers);
    expect(outreach).toMatchObject({ ...annualMeeting(), rev: 0 });
    const saved = [];
    for (let card = 1; card <= 200; card++) {
      saved.push(
        await handlers['customers:addEntry']({
          outreachId: outreach.id,
          fields: commentCard({ said: `Card ${card}` }),
        }),
      );
    }
    expect(new Set(saved.map((entry) => entry.id)).size).toBe(200);
    const again = await reopen();
    const { records } = await again['customers:get'](undefined);
    expect(records.entries).toEqual(saved);
    expect(records.entries[199]).toMatchObject({
      said: 'Card 200',
      outreachId: outreach.id,
      rev: 0,
    });
  });

  it('updates an outreach and an entry by rev, refusing stale and deleted ones', async () => {
    const { handlers } = await handlerFolder('customers-update');
    const outreach = await withOutreach(handlers);
    const moved = await handlers['customers:updateOutreach']({
      id: outreach.id,
      rev: 0,
      fields: annualMeeting({ place: 'Fire station' }),
    });
    expect(moved).toMatchObject({ id: outreach.id, rev: 1, place: 'Fire station' });
    await expect(
      handlers['customers:updateOutreach']({ id: outreach.id, rev: 0, fields: annualMeeting() }),
    ).rejects.toMatchObject(conflict(/outreach was changed in another window/));

    const entry = await handlers['customers:addEntry']({
      outreachId: outreach.id,
      fields: commentCard(),
    });
    const fields = commentCard({ said: 'Pressure drops at 6 pm', strength: 'moderate' });
    expect(await handlers['customers:updateEntry']({ id: entry.id, rev: 0, fields })).toEqual({
      ...fields,
      id: entry.id,
      rev: 1,
      outreachId: outreach.id,
    });
    await expect(
      handlers['customers:updateEntry']({ id: entry.id, rev: 0, fields }),
    ).rejects.toMatchObject(conflict(/entry was changed in another window/));
    await expect(
      handlers['customers:updateEntry']({ id: 'gone', rev: 0, fields }),
    ).rejects.toMatchObject(conflict(/no longer in the list/));
    await expect(
      handlers['customers:addEntry']({ outreachId: 'gone', fields }),
    ).rejects.toMatchObject(conflict(/This outreach is no longer in the list/));
  });

  it('refuses more people answering than were reached, naming the field', async () => {
    const { handlers } = await handlerFolder('customers-invalid');
    const dispatch = createDispatcher(handlers, { checkOutputs: true });
    const result = await dispatch('customers:addOutreach', {
      fields: annualMeeting({ reached: 10, answered: 12 }),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'People who answered (12) cannot be more than people reached (10).',
        fields: {
          'fields.answered': 'People who answered (12) cannot be more than people reached (10).',
        },
      },
    });
    expect((await handlers['customers:get'](undefined)).records.outreaches).toEqual([]);
  });

  it('deletes an entry with its place for Undo, and Undo brings it back with its id and its links', async () => {
    const { handlers, reopen } = await handlerFolder('customers-undo');
    const outreach = await withOutreach(handlers);
    const [first, second, third] = await Promise.all(
      ['A', 'B', 'C'].map((said) =>
        handlers['customers:addEntry']({ outreachId: outreach.id, fields: commentCard({ said }) }),
      ),
    );
    const goal = await handlers['goals:add']({
      fields: goalFields('Keep pressure up', 'external', 'customer-service'),
    });
    const link = { goalId: goal.id, ref: { kind: 'entry' as const, entryId: second!.id } };
    await handlers['customers:link'](link);

    const deleted = await handlers['customers:deleteEntry']({ id: second!.id });
    expect(deleted).toEqual({ entry: second, index: 1 });
    let records = (await handlers['customers:get'](undefined)).records;
    expect(records.entries).toEqual([first, third]);
    expect(records.evidence).toEqual([link]);

    expect(await handlers['customers:restoreEntry'](deleted)).toEqual(second);
    await expect(handlers['customers:restoreEntry'](deleted)).rejects.toMatchObject(
      conflict(/already in the list/),
    );
    records = (await (await reopen())['customers:get'](undefined)).records;
    expect(records.entries).toEqual([first, second, third]);
    expect(records.evidence).toEqual([link]);
  });

  it('deletes an outreach with its entries and their links, leaving other outreaches alone', async () => {
    const { handlers } = await handlerFolder('customers-delete-outreach');
    const meeting = await withOutreach(handlers);
    const doors = await handlers['customers:addOutreach']({
      fields: annualMeeting({ method: 'door-to-door', place: 'North loop' }),
    });
    const gone = await handlers['customers:addEntry']({
      outreachId: meeting.id,
      fields: commentCard(),
    });
    await handlers['customers:addEntry']({ outreachId: meeting.id, fields: commentCard() });
    const kept = await handlers['customers:addEntry']({
      outreachId: doors.id,
      fields: commentCard(),
    });
    const goal = await handlers['goals:add']({
      fields: goalFields('Keep pressure up', 'external', 'customer-service'),
    });
    const topicLink = {
      goalId: goal.id,
      ref: { kind: 'topic' as const, topic: 'pressure' as const },
    };
    await handlers['customers:link']({ goalId: goal.id, ref: { kind: 'entry', entryId: gone.id } });
    await handlers['customers:link']({ goalId: goal.id, ref: { kind: 'entry', entryId: kept.id } });
    await handlers['customers:link'](topicLink);

    expect(await handlers['customers:deleteOutreach']({ id: meeting.id })).toEqual({
      id: meeting.id,
      entriesDeleted: 2,
    });
    const { records } = await handlers['customers:get'](undefined);
    expect(records.outreaches).toEqual([doors]);
    expect(records.entries).toEqual([kept]);
    expect(records.evidence).toEqual([
      { goalId: goal.id, ref: { kind: 'entry', entryId: kept.id } },
      topicLink,
    ]);
    const orphan = { entry: gone, index: 0 };
    await expect(handlers['customers:restoreEntry'](orphan)).rejects.toMatchObject(
      conflict(/outreach this entry was recorded under has been deleted/),
    );
    await expect(handlers['customers:deleteOutreach']({ id: meeting.id })).rejects.toMatchObject(
      conflict(/no longer in the list/),
    );
  });
});

describe('step 4: evidence for external goals', () => {
  it('links feedback to an external goal once, clears the review warning, and unlinks it', async () => {
    const { handlers } = await handlerFolder('customers-link');
    const outreach = await withOutreach(handlers);
    const entry = await handlers['customers:addEntry']({
      outreachId: outreach.id,
      fields: commentCard(),
    });
    const goal = await handlers['goals:add']({
      fields: goalFields('Keep pressure up', 'external', 'customer-service'),
    });
    const warned = async () =>
      (await handlers['review:get'](undefined)).findings.some(
        (finding) => finding.rule === 'customer-input' && finding.goalId === goal.id,
      );
    expect(await warned()).toBe(true);

    const link = { goalId: goal.id, ref: { kind: 'entry' as const, entryId: entry.id } };
    expect(await handlers['customers:link'](link)).toEqual([link]);
    expect(await handlers['customers:link'](link)).toEqual([link]);
    expect(await warned()).toBe(false);

    expect(await handlers['customers:unlink'](link)).toEqual([]);
    expect(await handlers['customers:unlink'](link)).toEqual([]);
    expect(await warned()).toBe(true);
  });

  it('refuses evidence for an internal goal, a deleted goal or a deleted entry, in plain words', async () => {
    const { handlers } = await handlerFolder('customers-link-refused');
    const internal = await handlers['goals:add']({ fields: goalFields('Meet every standard') });
    const topic = { kind: 'topic' as const, topic: 'pressure' as const };
    await expect(
      handlers['customers:link']({ goalId: internal.id, ref: topic }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('only be the evidence for an external goal') as string,
    });
    await expect(handlers['customers:link']({ goalId: 'gone', ref: topic })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('This goal is no longer in the list') as string,
    });
    const external = await handlers['goals:add']({
      fields: goalFields('Fewer outages', 'external', 'customer-service'),
    });
    await expect(
      handlers['customers:link']({ goalId: external.id, ref: { kind: 'entry', entryId: 'gone' } }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('This piece of feedback is no longer in the list') as string,
    });
    expect((await handlers['customers:get'](undefined)).records.evidence).toEqual([]);
  });

  it('links the whole complaint log once one is imported, and keeps the link across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('customers-link-log');
    const goal = await handlers['goals:add']({
      fields: goalFields('Every caller hears back within a day', 'external', 'customer-service'),
    });
    const link = { goalId: goal.id, ref: { kind: 'complaint-log' as const } };
    await expect(handlers['customers:link'](link)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('There is no complaint log to link yet') as string,
    });
    await importComplaintCsv(handlers, {
      fileName: 'complaints.csv',
      csvText: smallComplaintLog,
      mapping: smallLogMapping,
    });
    expect(await handlers['customers:link'](link)).toEqual([link]);
    expect(await handlers['customers:link'](link)).toEqual([link]);
    const again = await reopen();
    expect((await again['customers:get'](undefined)).records.evidence).toEqual([link]);
    expect(await again['customers:unlink'](link)).toEqual([]);
  });
});
