import { describe, expect, it } from 'vitest';
import {
  parseTimeOfDay,
  timeInCell,
} from '../../../../src/shared/domain/customers/csv/parse-time-of-day';

describe('parseTimeOfDay', () => {
  it.each([
    ['8:15 AM', '08:15'],
    ['8:15AM', '08:15'],
    ['12:05 am', '00:05'],
    ['12:30 PM', '12:30'],
    ['1:05 p.m.', '13:05'],
    ['11:40:59 PM', '23:40'],
    ['2 pm', '14:00'],
    ['2.05pm', '14:05'],
    ['07:50', '07:50'],
    ['0:00', '00:00'],
    ['23:59:59.5', '23:59'],
    [' 14:05 ', '14:05'],
  ])('reads %s as %s', (text, clock) => {
    expect(parseTimeOfDay(text)).toBe(clock);
  });

  it.each(['', '24:00', '13:05 PM', '0:15 AM', '9:60', '1405', '1001', 'noon', '3/4/2026', '9'])(
    'refuses %s',
    (text) => {
      expect(parseTimeOfDay(text)).toBeNull();
    },
  );
});

describe('timeInCell', () => {
  it('takes the clock of a date and time, as some spreadsheets save a time-only cell', () => {
    expect(timeInCell('12/30/1899 2:05 PM')).toBe('14:05');
    expect(timeInCell('1899-12-30 14:05:00')).toBe('14:05');
    expect(timeInCell('1899-12-30T14:05:00')).toBe('14:05');
    expect(timeInCell('2:05 PM')).toBe('14:05');
  });

  it('is null for a date without a time, or no time at all', () => {
    expect(timeInCell('3/4/2026')).toBeNull();
    expect(timeInCell('3/4/2026 soon')).toBeNull();
    expect(timeInCell('soon')).toBeNull();
  });
});
