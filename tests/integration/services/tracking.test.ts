import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActualEntry, TrackingView } from '../../../src/shared/api/tracking-contract';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { AppError } from '../../../src/main/app-error';
import { approvableGoals, prepareApprovable } from '../../support/approval-sample';
import { approvedV8Folder, february3, handlerFolder, v8Fixture } from './handler-folder';

interface Envelope {
  data: { approvals: StoredApproval[]; tracking: { actuals: unknown[] } };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

function entry(goalId: string, period: string, value: number): ActualEntry {
  return { goalId, period, value, source: 'Operator log', note: '' };
}

/** A refusal as an English window reads it: its code, its message and each field's message. */
async function refusalOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error('Expected a refusal.');
  return { code: error.code, message: error.messageIn('en'), fields: error.fieldsIn('en') };
}

const goalOf = (view: TrackingView, id: string) =>
  view.areas.flatMap((area) => area.goals).find((goal) => goal.id === id);

describe('results recorded against the approved agreement', () => {
  it('lists every approved goal with nothing recorded, each owed since the approval', async () => {
    const { handlers } = await approvedV8Folder('tracking-view');
    const view = await handlers['tracking:get'](undefined);
    expect(view.inForce).toEqual({
      revision: 5,
      approvedOn: '2027-11-18',
      nextReviewOn: '2028-11-18',
    });
    expect(view.problem).toBeNull();
    expect(view.today).toBe('2028-02-03');
    const goals = view.areas.flatMap((area) => area.goals);
    expect(goals.map((goal) => [goal.number, goal.status])).toEqual([
      [1, 'due'],
      [2, 'due'],
      [3, 'due'],
    ]);
    expect(goals.map((goal) => goal.id).sort()).toEqual(['g-breaks', 'g-loss', 'g-pressure']);
    const breaks = goalOf(view, 'g-breaks');
    expect(breaks?.missing).toEqual(['2027-11', '2027-12', '2028-01']);
    expect(breaks?.periods.map((period) => period.key)).toEqual([
      '2028-02',
      '2028-01',
      '2027-12',
      '2027-11',
    ]);
    expect(breaks && sayIn(breaks.targetWords, 'en')).toBe('at most 9 breaks per 100 miles');
    expect(view.due[0]).toMatchObject({ kind: 'measurement', overdue: true });
  });

  it('accepts results without changing any approved record or its fingerprint', async () => {
    const { dir, handlers, reopen } = await approvedV8Folder('tracking-fingerprint');
    const before = await onDisk(dir);
    const approvalBefore = await handlers['approval:get'](undefined);
    const view = await handlers['tracking:saveActuals']({
      entries: [
        entry('g-breaks', '2027-11', 9),
        entry('g-breaks', '2027-12', 10),
        entry('g-breaks', '2028-01', 4),
        entry('g-pressure', '2028-01', 25),
      ],
    });
    const breaks = goalOf(view, 'g-breaks');
    expect(breaks?.status).toBe('on-track');
    expect(breaks?.actuals.map((actual) => [actual.period, actual.value])).toEqual([
      ['2027-11', 9],
      ['2027-12', 10],
      ['2028-01', 4],
    ]);
    expect(breaks?.thisYear).toEqual({ met: 1, missed: 0 });
    expect(goalOf(view, 'g-pressure')).toMatchObject({
      status: 'on-track',
      missing: ['2027-11', '2027-12'],
    });

    const after = await onDisk(dir);
    expect(JSON.stringify(after.data.approvals)).toBe(JSON.stringify(before.data.approvals));
    for (const approval of after.data.approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }
    expect(after.data.tracking.actuals).toHaveLength(4);
    const approvalAfter = await handlers['approval:get'](undefined);
    expect(approvalAfter.versions).toEqual(approvalBefore.versions);
    expect(approvalAfter.problems).toEqual([]);
    expect(approvalAfter.agreement).toEqual({ revision: 5, status: 'approved' });

    const again = await reopen();
    const reread = await again['tracking:get'](undefined);
    expect(goalOf(reread, 'g-breaks')?.actuals).toEqual(breaks?.actuals);
  });

  it('replaces a period’s result, keeping its id, when it is recorded again', async () => {
    const { handlers } = await approvedV8Folder('tracking-replace');
    const first = await handlers['tracking:saveActuals']({
      entries: [entry('g-breaks', '2028-01', 12)],
    });
    const [kept] = goalOf(first, 'g-breaks')?.actuals ?? [];
    expect(goalOf(first, 'g-breaks')?.status).toBe('not-met');
    const second = await handlers['tracking:saveActuals']({
      entries: [{ ...entry('g-breaks', '2028-01', 8), note: 'Corrected: two were service lines.' }],
    });
    const actuals = goalOf(second, 'g-breaks')?.actuals ?? [];
    expect(actuals).toHaveLength(1);
    expect(actuals[0]).toMatchObject({
      id: kept?.id,
      value: 8,
      note: 'Corrected: two were service lines.',
    });
    expect(goalOf(second, 'g-breaks')?.status).toBe('on-track');
  });

  it('refuses the whole batch, naming each goal and field, when one entry is wrong', async () => {
    const { dir, handlers } = await approvedV8Folder('tracking-refuse');
    const before = await readFile(join(dir, 'los-builder.json'), 'utf8');
    const view = await handlers['tracking:get'](undefined);
    const number = (id: string) => goalOf(view, id)?.number;
    const refused = handlers['tracking:saveActuals']({
      entries: [
        entry('g-breaks', '2028-01', 4),
        entry('g-breaks', '2028-03', 4),
        entry('g-loss', '2027-10', 12),
        entry('no-such-goal', '2028-01', 1),
        entry('g-pressure', '2028-Q1', 30),
      ],
    });
    const choose = 'Period: choose one from November 2027 to February 2028.';
    expect(await refusalOf(refused)).toMatchObject({
      code: 'invalid-input',
      message: `Nothing was saved. Goal ${number('g-breaks')}, ${choose} (and 3 more)`,
      fields: {
        'entries.1.period': `Goal ${number('g-breaks')}, ${choose}`,
        'entries.2.period': `Goal ${number('g-loss')}, ${choose}`,
        'entries.3.goalId':
          'This goal is not in revision 5, the agreement in force: reload the overview.',
        'entries.4.period': `Goal ${number('g-pressure')}, ${choose}`,
      },
    });
    expect(await readFile(join(dir, 'los-builder.json'), 'utf8')).toBe(before);
  });

  it('removes a result and answers it, so it can be put back', async () => {
    const { handlers } = await approvedV8Folder('tracking-delete');
    const saved = await handlers['tracking:saveActuals']({
      entries: [entry('g-breaks', '2028-01', 4)],
    });
    const [actual] = goalOf(saved, 'g-breaks')?.actuals ?? [];
    const { removed, view } = await handlers['tracking:deleteActual']({ id: actual?.id ?? '' });
    expect(removed).toEqual(actual);
    expect(goalOf(view, 'g-breaks')?.actuals).toEqual([]);
    await expect(handlers['tracking:deleteActual']({ id: actual?.id ?? '' })).rejects.toMatchObject(
      { code: 'conflict' },
    );
    const { goalId, period, value, source, note } = removed;
    const back = await handlers['tracking:saveActuals']({
      entries: [{ goalId, period, value, source, note }],
    });
    expect(goalOf(back, 'g-breaks')?.actuals.map((result) => result.value)).toEqual([4]);
  });

  it('tracks nothing against an approved record changed behind the app’s back', async () => {
    const saved = JSON.parse(await readFile(v8Fixture, 'utf8')) as {
      data: { approvals: { content: { goals: { target: number }[] } }[] };
    };
    const inForce = saved.data.approvals[4]?.content.goals[0];
    if (!inForce) throw new Error('The fixture approves revision 5 with goals.');
    inForce.target += 10;
    const altered = JSON.stringify(saved);
    const { handlers } = await handlerFolder(
      'tracking-altered',
      (dir) => writeFile(join(dir, 'los-builder.json'), altered),
      february3,
    );
    const view = await handlers['tracking:get'](undefined);
    expect(view.inForce).toBeNull();
    const problem = view.problem && sayIn(view.problem, 'en');
    expect(problem).toMatch(
      /^Revision 5, approved at the board meeting of November 18, 2027, was changed on this computer/,
    );
    expect(problem).toMatch(
      /Results can be recorded again once a backup from before the change is restored\.$/,
    );
    await expect(
      handlers['tracking:saveActuals']({ entries: [entry('g-breaks', '2028-01', 4)] }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: problem });
  });

  it('says nothing is approved yet on a first draft', async () => {
    const { handlers } = await handlerFolder('tracking-draft', undefined, february3);
    const view = await handlers['tracking:get'](undefined);
    expect(view).toMatchObject({ inForce: null, areas: [], due: [] });
    expect(view.problem && sayIn(view.problem, 'en')).toMatch(/^Nothing is approved yet/);
  });

  it('keeps every event of a goal measured at each event, two on one day included', async () => {
    const { handlers } = await handlerFolder('tracking-events');
    await prepareApprovable(handlers);
    const [yearly] = approvableGoals();
    if (!yearly) throw new Error('The sample has goals.');
    const crew = await handlers['goals:add']({
      fields: {
        ...yearly,
        area: 'customer-service',
        statement: 'A crew is on site within 2 hours of an urgent break',
        measure: 'Hours from the call to a crew on site',
        unit: 'hours',
        target: 2,
        baseline: { ...yearly.baseline, value: 2, source: 'Call log' },
        dataSource: 'Call log',
        frequency: 'each-event',
      },
    });
    await handlers['approval:approve'](undefined);
    const first = await handlers['tracking:saveActuals']({
      entries: [entry(crew.id, '2027-05-14', 1.5), entry(crew.id, '2027-05-14', 3)],
    });
    const goal = goalOf(first, crew.id);
    expect(goal?.actuals.map((actual) => actual.value)).toEqual([1.5, 3]);
    expect(goal).toMatchObject({ periodKind: 'day', periods: [], missing: [] });
    expect(
      await refusalOf(
        handlers['tracking:saveActuals']({ entries: [entry(crew.id, '2027-06-02', 1)] }),
      ),
    ).toMatchObject({
      fields: {
        'entries.0.period': `Goal ${goal?.number}, Period: enter a day from March 9, 2027, when the board approved it, to today.`,
      },
    });
  });
});
