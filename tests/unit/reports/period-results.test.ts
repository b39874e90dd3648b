import { describe, expect, it } from 'vitest';
import {
  periodStanding,
  previousReportPeriod,
  reportPeriodOf,
  resultsInPeriod,
  trendFrom,
} from '../../../src/shared/domain/tracking/period-results';
import { monthlyGoal, result } from './report-sample';

const restore = monthlyGoal({
  id: 'restore',
  number: 1,
  statement: 'Water back on quickly',
  actuals: [
    result('restore', '2027-09', 9),
    result('restore', '2027-10', 8),
    result('restore', '2027-11', 12),
    result('restore', '2027-12', 6),
    result('restore', '2028-01', 7),
  ],
});
const q4 = { kind: 'quarter', key: '2027-Q4' } as const;

describe('a goal over a report period', () => {
  it('takes the results whose period falls in it, boundaries included', () => {
    expect(resultsInPeriod(restore, q4).map((actual) => actual.period)).toEqual([
      '2027-10',
      '2027-11',
      '2027-12',
    ]);
    const yearly = monthlyGoal({
      id: 'y',
      number: 2,
      statement: 'Yearly',
      frequency: 'yearly',
      periodKind: 'year',
      actuals: [result('y', '2027', 3), result('y', '2028', 4)],
    });
    expect(resultsInPeriod(yearly, q4).map((actual) => actual.period)).toEqual(['2027']);
  });

  it('is not met when one result misses, even if the others keep the target', () => {
    // 8 is the target itself: at most 8 keeps it; 12 misses.
    expect(periodStanding(restore, q4, '2028-02-03')).toMatchObject({
      status: 'not-met',
      met: 2,
      missed: 1,
      ended: true,
    });
  });

  it('is met over an ended period, on track in a running one, and no-data without results', () => {
    const kept = monthlyGoal({ ...restore, actuals: [result('restore', '2027-10', 8)] });
    expect(periodStanding(kept, q4, '2028-01-01').status).toBe('met');
    expect(periodStanding(kept, q4, '2027-12-31').status).toBe('on-track');
    expect(periodStanding(kept, { kind: 'quarter', key: '2028-Q1' }, '2028-02-03')).toMatchObject({
      status: 'no-data',
      ended: false,
    });
  });

  it('compares the share kept with the period before', () => {
    const today = '2028-04-02';
    const q1 = periodStanding(restore, { kind: 'quarter', key: '2028-Q1' }, today);
    const before = periodStanding(
      restore,
      previousReportPeriod({ kind: 'quarter', key: '2028-Q1' }),
      today,
    );
    // 1 of 1 kept in Q1 against 2 of 3 in Q4.
    expect(trendFrom(q1, before)).toBe('better');
    expect(trendFrom(before, q1)).toBe('worse');
    expect(trendFrom(q1, q1)).toBe('same');
    const empty = periodStanding(restore, { kind: 'quarter', key: '2027-Q2' }, today);
    expect(trendFrom(q1, empty)).toBeNull();
  });

  it('reads a period key and finds the one before across a year', () => {
    expect(reportPeriodOf('2027-Q1')).toEqual({ kind: 'quarter', key: '2027-Q1' });
    expect(reportPeriodOf('2027')).toEqual({ kind: 'year', key: '2027' });
    expect(reportPeriodOf('2027-03')).toBeNull();
    expect(previousReportPeriod({ kind: 'quarter', key: '2027-Q1' }).key).toBe('2026-Q4');
    expect(previousReportPeriod({ kind: 'year', key: '2027' }).key).toBe('2026');
  });
});
