import { describe, expect, it } from 'vitest';
import {
  endedPeriodsSince,
  followingPeriod,
  isPeriodKey,
  periodContaining,
  periodFirstDay,
  periodHasEnded,
  periodKindOf,
  periodLastDay,
  periodName,
} from '../../../src/shared/domain/tracking/periods';

describe('periods', () => {
  it('keeps results by the period each frequency measures', () => {
    expect(periodKindOf('continuous')).toBe('month');
    expect(periodKindOf('daily')).toBe('day');
    expect(periodKindOf('weekly')).toBe('week');
    expect(periodKindOf('monthly')).toBe('month');
    expect(periodKindOf('quarterly')).toBe('quarter');
    expect(periodKindOf('yearly')).toBe('year');
    expect(periodKindOf('every-2-3-years')).toBe('year');
    expect(periodKindOf('each-event')).toBe('day');
  });

  it('finds the period holding a day, weeks starting on Sunday', () => {
    expect(periodContaining('day', '2027-11-18')).toBe('2027-11-18');
    // 18 November 2027 is a Thursday; its week began on Sunday the 14th.
    expect(periodContaining('week', '2027-11-18')).toBe('2027-11-14');
    expect(periodContaining('week', '2027-11-14')).toBe('2027-11-14');
    expect(periodContaining('week', '2028-01-01')).toBe('2027-12-26');
    expect(periodContaining('month', '2027-11-18')).toBe('2027-11');
    expect(periodContaining('quarter', '2027-03-31')).toBe('2027-Q1');
    expect(periodContaining('quarter', '2027-04-01')).toBe('2027-Q2');
    expect(periodContaining('quarter', '2027-12-31')).toBe('2027-Q4');
    expect(periodContaining('year', '2027-11-18')).toBe('2027');
  });

  it('gives each period its first and last day, leap years included', () => {
    expect([periodFirstDay('month', '2028-02'), periodLastDay('month', '2028-02')]).toEqual([
      '2028-02-01',
      '2028-02-29',
    ]);
    expect(periodLastDay('month', '2027-02')).toBe('2027-02-28');
    expect([periodFirstDay('quarter', '2027-Q3'), periodLastDay('quarter', '2027-Q3')]).toEqual([
      '2027-07-01',
      '2027-09-30',
    ]);
    expect(periodLastDay('quarter', '2027-Q4')).toBe('2027-12-31');
    expect(periodLastDay('week', '2027-12-26')).toBe('2028-01-01');
    expect(periodLastDay('year', '2027')).toBe('2027-12-31');
    expect(periodLastDay('day', '2027-12-31')).toBe('2027-12-31');
  });

  it('steps to the next period across year ends', () => {
    expect(followingPeriod('month', '2027-12')).toBe('2028-01');
    expect(followingPeriod('quarter', '2027-Q4')).toBe('2028-Q1');
    expect(followingPeriod('week', '2027-12-26')).toBe('2028-01-02');
    expect(followingPeriod('day', '2028-02-28')).toBe('2028-02-29');
    expect(followingPeriod('year', '2027')).toBe('2028');
  });

  it('counts a period as ended only from the day after its last day', () => {
    expect(periodHasEnded('month', '2027-11', '2027-11-30')).toBe(false);
    expect(periodHasEnded('month', '2027-11', '2027-12-01')).toBe(true);
    expect(periodHasEnded('day', '2027-11-30', '2027-11-30')).toBe(false);
    expect(periodHasEnded('day', '2027-11-30', '2027-12-01')).toBe(true);
  });

  it('lists the periods ended since the approval, the approval’s own period first', () => {
    expect(endedPeriodsSince('month', '2027-11-18', '2028-02-03')).toEqual([
      '2027-11',
      '2027-12',
      '2028-01',
    ]);
    expect(endedPeriodsSince('quarter', '2027-11-18', '2028-02-03')).toEqual(['2027-Q4']);
    expect(endedPeriodsSince('year', '2027-11-18', '2027-12-31')).toEqual([]);
    expect(endedPeriodsSince('year', '2027-11-18', '2028-01-01')).toEqual(['2027']);
  });

  it('accepts only the keys the data file writes, a week only by its Sunday', () => {
    expect(isPeriodKey('month', '2027-11')).toBe(true);
    expect(isPeriodKey('month', '2027-13')).toBe(false);
    expect(isPeriodKey('month', '2027-11-01')).toBe(false);
    expect(isPeriodKey('quarter', '2027-Q4')).toBe(true);
    expect(isPeriodKey('quarter', '2027-Q5')).toBe(false);
    expect(isPeriodKey('day', '2027-02-29')).toBe(false);
    expect(isPeriodKey('day', '2028-02-29')).toBe(true);
    expect(isPeriodKey('week', '2027-11-14')).toBe(true);
    expect(isPeriodKey('week', '2027-11-15')).toBe(false);
    expect(isPeriodKey('year', '2027')).toBe(true);
    expect(isPeriodKey('year', '27')).toBe(false);
    expect(() => periodFirstDay('month', '2027-13')).toThrow('"2027-13" is not a month');
  });

  it('names periods in plain words', () => {
    expect(periodName('day', '2027-11-18')).toBe('November 18, 2027');
    expect(periodName('week', '2027-11-14')).toBe('the week of November 14, 2027');
    expect(periodName('month', '2027-11')).toBe('November 2027');
    expect(periodName('quarter', '2027-Q1')).toBe('January–March 2027');
    expect(periodName('year', '2027')).toBe('2027');
  });
});
