import { describe, expect, it } from 'vitest';
import { daysBetween, spanBetween } from '../../../src/shared/domain/customers/span-between';

describe('spanBetween', () => {
  it('counts hours and minutes when both ends have a time of day', () => {
    expect(spanBetween('2026-03-04T09:00', '2026-03-04T13:00')).toEqual({
      unit: 'hours',
      hours: 4,
    });
    expect(spanBetween('2026-03-04T09:00', '2026-03-04T09:00')).toEqual({
      unit: 'hours',
      hours: 0,
    });
    expect(spanBetween('2026-03-04T22:30', '2026-03-06T00:30')).toEqual({
      unit: 'hours',
      hours: 26,
    });
  });

  it('counts calendar days when both ends are dates only', () => {
    expect(spanBetween('2026-03-04', '2026-03-04')).toEqual({ unit: 'days', days: 0 });
    expect(spanBetween('2026-03-04', '2026-03-05')).toEqual({ unit: 'days', days: 1 });
    expect(spanBetween('2028-02-28', '2028-03-01')).toEqual({ unit: 'days', days: 2 });
  });

  it('counts days when one end has a time and the other a date only', () => {
    // Received at 2:05 PM, fixed "on March 4": the same day, not minutes before midnight.
    expect(spanBetween('2026-03-04T14:05', '2026-03-04')).toEqual({ unit: 'days', days: 0 });
    // Fixed "on March 5": the next day, not "after 9.9 h".
    expect(spanBetween('2026-03-04T14:05', '2026-03-05')).toEqual({ unit: 'days', days: 1 });
    expect(spanBetween('2026-03-04', '2026-03-06T08:00')).toEqual({ unit: 'days', days: 2 });
  });

  it('ignores daylight saving: the log keeps wall-clock time', () => {
    expect(spanBetween('2026-03-07T12:00', '2026-03-08T12:00')).toEqual({
      unit: 'hours',
      hours: 24,
    });
    expect(spanBetween('2026-03-07', '2026-03-09')).toEqual({ unit: 'days', days: 2 });
  });

  it('is null when an end is missing or comes before the start', () => {
    expect(spanBetween('2026-03-04T09:00', '')).toBeNull();
    expect(spanBetween('', '2026-03-04')).toBeNull();
    expect(spanBetween('2026-03-04T09:00', '2026-03-04T08:59')).toBeNull();
    expect(spanBetween('2026-03-04T09:00', '2026-03-03')).toBeNull();
    expect(daysBetween('2026-03-05', '2026-03-04T23:00')).toBeNull();
  });
});
