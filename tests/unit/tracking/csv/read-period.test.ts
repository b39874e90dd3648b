import { describe, expect, it } from 'vitest';
import { readPeriod } from '../../../../src/shared/domain/tracking/csv/read-period';
import { english } from '../../../support/english-said';

const periodOf = (cell: string, kind: Parameters<typeof readPeriod>[1]) => {
  const reading = readPeriod(cell, kind);
  return 'period' in reading ? reading.period : english(reading.problem);
};

describe('reading a period as people type it', () => {
  it.each([
    '2027-11',
    '2027/11',
    '2027-1 1'.replace(' ', ''),
    '11/2027',
    '11-2027',
    'Nov 2027',
    'nov. 2027',
    'November 2027',
    'NOVEMBER, 2027',
    'Nov-2027',
    '2027 Nov',
    'noviembre 2027',
    '11/18/2027',
    '2027-11-18',
    'November 18, 2027',
    '11/18/2027 0:00',
    '2027-11-18 00:00:00',
    ' 2027-11 ',
  ])('reads %j as November 2027 for a monthly goal', (cell) => {
    expect(readPeriod(cell, 'month')).toEqual({ period: '2027-11', monthFirst: false });
  });

  it.each([
    '2027-Q4',
    '2027 Q4',
    'Q4 2027',
    'q4-2027',
    'Q4/2027',
    '2027-11',
    'Nov 2027',
    '12/31/2027',
  ])('reads %j as the fourth quarter of 2027 for a quarterly goal', (cell) => {
    expect(periodOf(cell, 'quarter')).toBe('2027-Q4');
  });

  it.each(['2027', '2027-Q2', 'June 2027', '6/30/2027'])(
    'reads %j as 2027 for a yearly goal',
    (cell) => {
      expect(periodOf(cell, 'year')).toBe('2027');
    },
  );

  it.each(['11/18/2027', '2027-11-18', 'Thursday, November 18, 2027', '18 Nov 2027'])(
    'reads %j as the day for a goal measured at each event',
    (cell) => {
      expect(periodOf(cell, 'day')).toBe('2027-11-18');
    },
  );

  it('reads any day of a week as the week’s Sunday', () => {
    expect(periodOf('11/18/2027', 'week')).toBe('2027-11-14');
    expect(periodOf('2027-11-14', 'week')).toBe('2027-11-14');
  });

  it('reads 03/04/2027 month first, as typed dates are, and says a reader abroad could differ', () => {
    expect(readPeriod('03/04/2027', 'day')).toEqual({ period: '2027-03-04', monthFirst: true });
    expect(readPeriod('3/4/2027', 'month')).toEqual({ period: '2027-03', monthFirst: true });
    // Only one reading: no need to point it out.
    expect(readPeriod('3/3/2027', 'day')).toEqual({ period: '2027-03-03', monthFirst: false });
    expect(readPeriod('11/18/2027', 'day')).toEqual({ period: '2027-11-18', monthFirst: false });
  });

  it('never guesses a day-first date', () => {
    expect(periodOf('18/11/2027', 'day')).toBe(
      'Period: “18/11/2027” puts the day first. Write it as 11/18/2027 (month first) or 2027-11-18.',
    );
  });

  it('refuses a day the month does not have, 2027-02-29 included', () => {
    expect(periodOf('2027-02-29', 'day')).toBe(
      'Period: February 2027 has 28 days, so “2027-02-29” is not a date. Write a real day, such as 2027-02-28.',
    );
    expect(periodOf('2/29/2027', 'month')).toBe(
      'Period: February 2027 has 28 days, so “2/29/2027” is not a date. Write a real day, such as 2/28/2027.',
    );
    expect(periodOf('2028-02-29', 'day')).toBe('2028-02-29');
  });

  it('refuses a quarter or month that does not exist', () => {
    expect(periodOf('Q5 2027', 'quarter')).toBe(
      'Period: there is no quarter Q5: quarters run from Q1 to Q4, such as 2027-Q4 or Q4 2027.',
    );
    expect(periodOf('2027-Q0', 'quarter')).toMatch(/^Period: there is no quarter Q0/);
    expect(periodOf('13/2027', 'month')).toBe(
      'Period: there is no month 13, so “13/2027” is not a month. Write it such as 2027-11, 11/2027 or Nov 2027.',
    );
  });

  it('refuses a two-digit year, which a spreadsheet also shows for a day', () => {
    expect(periodOf('Nov-27', 'month')).toBe(
      'Period: “Nov-27” could be a month or a day with no year. Write the year in full, such as 2027-11, 11/2027 or Nov 2027.',
    );
    expect(periodOf('11/27', 'month')).toMatch(/could be a month or a day with no year/);
  });

  it('refuses a period longer than the goal’s', () => {
    expect(periodOf('2027', 'month')).toBe(
      'Period: this goal is kept by the month, and “2027” is a whole year. Write it such as 2027-11, 11/2027 or Nov 2027.',
    );
    expect(periodOf('Nov 2027', 'day')).toBe(
      'Period: this goal is kept by the day, and “Nov 2027” is a whole month. Write it such as 11/18/2027 or 2027-11-18.',
    );
    expect(periodOf('2027-Q4', 'month')).toMatch(/is a whole quarter/);
  });

  it('says what to write for something that is no period at all', () => {
    expect(periodOf('last month', 'month')).toBe(
      'Period: “last month” is not a month this import can read. Write it such as 2027-11, 11/2027 or Nov 2027.',
    );
    expect(periodOf('', 'quarter')).toBe(
      'Period: the cell is empty. Write it such as 2027-Q4 or Q4 2027.',
    );
    expect(periodOf('soon', 'day')).toMatch(/^Period: “soon” is not/);
    expect(periodOf('0999', 'year')).toMatch(/is not a year this import can read/);
  });
});
