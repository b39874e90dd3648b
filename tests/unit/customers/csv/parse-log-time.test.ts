import { describe, expect, it } from 'vitest';
import {
  dateOrderOf,
  parseLogTime,
} from '../../../../src/shared/domain/customers/csv/parse-log-time';

describe('parseLogTime, month-first', () => {
  it.each([
    ['3/14/2026', '2026-03-14'],
    ['03/04/2026', '2026-03-04'],
    ['3/14/26', '2026-03-14'],
    ['12/31/99', '1999-12-31'],
    ['3/14/2026 14:05', '2026-03-14T14:05'],
    ['3/14/2026 2:05 PM', '2026-03-14T14:05'],
    ['3/14/2026 2:05:59 pm', '2026-03-14T14:05'],
    ['3/14/2026 12:10 AM', '2026-03-14T00:10'],
    ['3/14/2026 12:10 PM', '2026-03-14T12:10'],
    ['3/14/2026 9:00 a.m.', '2026-03-14T09:00'],
    ['  3/14/2026  ', '2026-03-14'],
    ['2026-03-14', '2026-03-14'],
    ['2026-3-4', '2026-03-04'],
    ['2026/03/14', '2026-03-14'],
    ['2026-03-14 09:30', '2026-03-14T09:30'],
    ['2026-03-14T09:30', '2026-03-14T09:30'],
    ['2026-03-14T09:30:15.250Z', '2026-03-14T09:30'],
    ['2026-03-14T09:30:15-07:00', '2026-03-14T09:30'],
    ['2026-03-14T09:30+0530', '2026-03-14T09:30'],
    ['2028-02-29', '2028-02-29'],
  ])('reads %s as %s', (value, expected) => {
    expect(parseLogTime(value, 'month-first')).toBe(expected);
  });

  it.each([
    '',
    'soon',
    '31/02/2026',
    '2/30/2026',
    '2/29/2026',
    '2026-13-01',
    '2026-00-10',
    '13/14/2026',
    '3/14/2026 24:00',
    '3/14/2026 13:00 PM',
    '3/14/2026 0:30 AM',
    '3/14/2026 10:60',
    '3/14/2026 10:05:61',
    '3/14',
    '14 March 2026',
    '46085',
    '3/14/2026 and more',
  ])('refuses %j', (value) => {
    expect(parseLogTime(value, 'month-first')).toBeNull();
  });
});

describe('parseLogTime, day-first', () => {
  it.each([
    ['14/3/2026', '2026-03-14'],
    ['03/04/2026', '2026-04-03'],
    ['14.03.2026 08:15', '2026-03-14T08:15'],
    ['14-03-26', '2026-03-14'],
    ['2026-03-14', '2026-03-14'],
  ])('reads %s as %s', (value, expected) => {
    expect(parseLogTime(value, 'day-first')).toBe(expected);
  });

  it('refuses a day that month does not have', () => {
    expect(parseLogTime('31/04/2026', 'day-first')).toBeNull();
    expect(parseLogTime('3/14/2026', 'day-first')).toBeNull();
  });
});

describe('dateOrderOf', () => {
  it('is month-first when every first part could be a month', () => {
    expect(dateOrderOf(['3/4/2026', '12/31/2026', '2026-03-14', '', 'soon'])).toBe('month-first');
  });

  it('is day-first once a first part is above 12', () => {
    expect(dateOrderOf(['3/4/2026', '14/3/2026 08:00'])).toBe('day-first');
    expect(dateOrderOf(['31.01.2026'])).toBe('day-first');
  });

  it('is not turned around by a typo that is no date either way', () => {
    expect(dateOrderOf(['3/2/2026', '31/02/2026', '13/13/2026'])).toBe('month-first');
  });

  it('does not take an ISO year for a day', () => {
    expect(dateOrderOf(['2026-03-14', '2026-12-01'])).toBe('month-first');
  });
});
