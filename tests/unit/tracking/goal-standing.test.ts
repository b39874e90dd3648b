import { describe, expect, it } from 'vitest';
import type { MeasureFrequency } from '../../../src/shared/domain/goal';
import { goalStanding, type TrackedGoal } from '../../../src/shared/domain/tracking/goal-standing';
import { meetsTarget } from '../../../src/shared/domain/tracking/meets-target';
import type { Actual } from '../../../src/shared/domain/tracking/tracking-records';

const approvedOn = '2027-11-18';

function result(period: string, value: number): Actual {
  return {
    id: `a-${period}`,
    goalId: 'g',
    revision: 1,
    period,
    value,
    source: 'Operator log',
    note: '',
    recordedAt: '2028-01-05T10:00:00.000Z',
  };
}

const atMostNine = (frequency: MeasureFrequency | null): TrackedGoal => ({
  direction: 'at-most',
  target: 9,
  targetHigh: null,
  frequency,
});

describe('whether a result keeps the target', () => {
  it('holds at most and at least with the target itself included', () => {
    const atMost = { direction: 'at-most', target: 9, targetHigh: null } as const;
    expect([8.99, 9, 9.01].map((value) => meetsTarget(atMost, value))).toEqual([true, true, false]);
    const atLeast = { direction: 'at-least', target: 25, targetHigh: null } as const;
    expect([24.99, 25, 40].map((value) => meetsTarget(atLeast, value))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('holds a range with both ends included', () => {
    const range = { direction: 'range', target: 35, targetHigh: 80 } as const;
    expect([34.9, 35, 60, 80, 80.1].map((value) => meetsTarget(range, value))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(meetsTarget({ direction: 'range', target: 35, targetHigh: null }, 50)).toBeNull();
  });

  it('holds a yes-or-no goal to the answer it promises', () => {
    const yes = { direction: 'yes-no', target: 1, targetHigh: null } as const;
    expect([meetsTarget(yes, 1), meetsTarget(yes, 0)]).toEqual([true, false]);
    const no = { direction: 'yes-no', target: 0, targetHigh: null } as const;
    expect([meetsTarget(no, 0), meetsTarget(no, 1)]).toEqual([true, false]);
    // A yes-or-no goal with no target written promises "yes", as the agreement prints it.
    expect(meetsTarget({ direction: 'yes-no', target: null, targetHigh: null }, 1)).toBe(true);
  });

  it('cannot judge a result without a target', () => {
    expect(meetsTarget({ direction: 'at-most', target: null, targetHigh: null }, 1)).toBeNull();
    expect(meetsTarget({ direction: null, target: 9, targetHigh: null }, 1)).toBeNull();
  });
});

describe('where a goal stands', () => {
  it('has no data before anything is owed or recorded', () => {
    const standing = goalStanding({
      goal: atMostNine('monthly'),
      actuals: [],
      approvedOn,
      today: '2027-11-30',
    });
    expect(standing).toMatchObject({ status: 'no-data', kind: 'month', latest: null, missing: [] });
  });

  it('is due from the day after the newest period ends without a result', () => {
    const on = (today: string) =>
      goalStanding({ goal: atMostNine('monthly'), actuals: [], approvedOn, today });
    expect(on('2027-11-30').status).toBe('no-data');
    expect(on('2027-12-01')).toMatchObject({ status: 'due', missing: ['2027-11'] });
    expect(on('2028-02-03')).toMatchObject({
      status: 'due',
      missing: ['2027-11', '2027-12', '2028-01'],
    });
  });

  it('is on track when a monthly result keeps the target, not met when it misses', () => {
    const today = '2027-12-10';
    const kept = goalStanding({
      goal: atMostNine('monthly'),
      actuals: [result('2027-11', 9)],
      approvedOn,
      today,
    });
    expect(kept).toMatchObject({ status: 'on-track', latestMeets: true, missing: [] });
    const missed = goalStanding({
      goal: atMostNine('monthly'),
      actuals: [result('2027-11', 10)],
      approvedOn,
      today,
    });
    expect(missed).toMatchObject({ status: 'not-met', latestMeets: false });
  });

  it('judges the newest period, and says when an older one is still missing', () => {
    const standing = goalStanding({
      goal: atMostNine('monthly'),
      actuals: [result('2028-01', 4), result('2027-11', 12)],
      approvedOn,
      today: '2028-02-03',
    });
    expect(standing.latest?.period).toBe('2028-01');
    expect(standing).toMatchObject({ status: 'on-track', missing: ['2027-12'] });
    expect(standing.thisYear).toEqual({ met: 1, missed: 0 });
  });

  it('is due again when the newest ended period has no result, whatever came before', () => {
    const standing = goalStanding({
      goal: atMostNine('monthly'),
      actuals: [result('2027-11', 3), result('2027-12', 3)],
      approvedOn,
      today: '2028-02-01',
    });
    expect(standing).toMatchObject({ status: 'due', missing: ['2028-01'] });
    expect(standing.latest?.period).toBe('2027-12');
  });

  it('counts this calendar year’s kept and missed results', () => {
    const standing = goalStanding({
      goal: { direction: 'at-least', target: 25, targetHigh: null, frequency: 'monthly' },
      actuals: [result('2027-12', 20), result('2028-01', 25), result('2028-02', 24)],
      approvedOn,
      today: '2028-03-05',
    });
    expect(standing.thisYear).toEqual({ met: 1, missed: 1 });
    expect(standing.status).toBe('not-met');
  });

  it('judges a quarterly goal by quarters and a weekly one by weeks', () => {
    const quarterly = goalStanding({
      goal: atMostNine('quarterly'),
      actuals: [result('2027-Q4', 2)],
      approvedOn,
      today: '2028-04-01',
    });
    expect(quarterly).toMatchObject({ status: 'due', missing: ['2028-Q1'] });
    const weekly = goalStanding({
      goal: atMostNine('weekly'),
      actuals: [result('2027-11-14', 1), result('2027-11-21', 1)],
      approvedOn,
      today: '2027-11-28',
    });
    expect(weekly).toMatchObject({ status: 'on-track', missing: [] });
  });

  it('calls a yearly goal met, and due once its year is over without a result', () => {
    const goal: TrackedGoal = {
      direction: 'yes-no',
      target: 1,
      targetHigh: null,
      frequency: 'yearly',
    };
    expect(goalStanding({ goal, actuals: [], approvedOn, today: '2027-12-31' }).status).toBe(
      'no-data',
    );
    expect(goalStanding({ goal, actuals: [], approvedOn, today: '2028-01-01' })).toMatchObject({
      status: 'due',
      missing: ['2027'],
    });
    expect(
      goalStanding({ goal, actuals: [result('2027', 1)], approvedOn, today: '2028-01-01' }).status,
    ).toBe('met');
    expect(
      goalStanding({ goal, actuals: [result('2027', 0)], approvedOn, today: '2028-01-01' }).status,
    ).toBe('not-met');
  });

  it('owes a goal measured every 2–3 years one result in each three years', () => {
    const goal: TrackedGoal = {
      direction: 'at-least',
      target: 75,
      targetHigh: null,
      frequency: 'every-2-3-years',
    };
    // Approved in 2027: a result in 2027, 2028 or 2029 is owed by the end of 2029.
    expect(goalStanding({ goal, actuals: [], approvedOn, today: '2029-12-31' }).status).toBe(
      'no-data',
    );
    expect(goalStanding({ goal, actuals: [], approvedOn, today: '2030-01-01' })).toMatchObject({
      status: 'due',
      missing: ['2029'],
    });
    const surveyed = [result('2028', 79)];
    expect(goalStanding({ goal, actuals: surveyed, approvedOn, today: '2031-12-31' }).status).toBe(
      'met',
    );
    expect(
      goalStanding({ goal, actuals: surveyed, approvedOn, today: '2032-01-01' }),
    ).toMatchObject({ status: 'due', missing: ['2031'] });
  });

  it('never owes a goal measured at each event, and judges its newest event', () => {
    const goal: TrackedGoal = {
      direction: 'at-least',
      target: 48,
      targetHigh: null,
      frequency: 'each-event',
    };
    expect(goalStanding({ goal, actuals: [], approvedOn, today: '2028-06-01' })).toMatchObject({
      status: 'no-data',
      missing: [],
    });
    const events = [result('2027-12-02', 72), result('2028-03-09', 24)];
    expect(goalStanding({ goal, actuals: events, approvedOn, today: '2028-06-01' })).toMatchObject({
      status: 'not-met',
      kind: 'day',
    });
    expect(
      goalStanding({ goal, actuals: [result('2028-03-09', 48)], approvedOn, today: '2028-06-01' })
        .status,
    ).toBe('met');
  });

  it('owes a daily goal every day since the approval', () => {
    const standing = goalStanding({
      goal: atMostNine('daily'),
      actuals: [result('2027-11-18', 1), result('2027-11-20', 1)],
      approvedOn,
      today: '2027-11-21',
    });
    expect(standing).toMatchObject({ status: 'on-track', missing: ['2027-11-19'] });
  });

  it('leaves out a result whose period is not one of the goal’s (a file edited by hand)', () => {
    const standing = goalStanding({
      goal: atMostNine('monthly'),
      actuals: [result('2027-Q4', 50), result('2027-11', 2)],
      approvedOn,
      today: '2027-12-05',
    });
    expect(standing.latest?.period).toBe('2027-11');
    expect(standing.status).toBe('on-track');
  });

  it('judges a goal that says not how often it is measured by its newest result alone', () => {
    expect(
      goalStanding({
        goal: atMostNine(null),
        actuals: [result('2027-12', 10)],
        approvedOn,
        today: '2028-01-01',
      }),
    ).toMatchObject({ status: 'not-met', kind: null, missing: [] });
  });
});
