import { describe, expect, it } from 'vitest';
import { hoursBetween } from '../../../src/shared/domain/customers/hours-between';

describe('hoursBetween', () => {
  it('counts hours and minutes between log times', () => {
    expect(hoursBetween('2026-03-04T09:00', '2026-03-04T13:00')).toBe(4);
    expect(hoursBetween('2026-03-04T09:00', '2026-03-04T09:45')).toBe(0.75);
    expect(hoursBetween('2026-03-04T22:30', '2026-03-06T00:30')).toBe(26);
  });

  it('takes a date alone as midnight', () => {
    expect(hoursBetween('2026-03-04', '2026-03-05')).toBe(24);
    expect(hoursBetween('2026-03-04', '2026-03-04T08:00')).toBe(8);
    expect(hoursBetween('2026-03-04', '2026-03-04')).toBe(0);
  });

  it('ignores daylight saving and counts across months and leap days', () => {
    // US clocks sprang forward on 2026-03-08; the log's wall-clock hours are what count.
    expect(hoursBetween('2026-03-07T12:00', '2026-03-08T12:00')).toBe(24);
    expect(hoursBetween('2028-02-28', '2028-03-01')).toBe(48);
  });

  it('is null when the answer came before the complaint, or a time is missing or malformed', () => {
    expect(hoursBetween('2026-03-04T09:00', '2026-03-04T08:59')).toBeNull();
    expect(hoursBetween('2026-03-04T09:00', '')).toBeNull();
    expect(hoursBetween('', '2026-03-04')).toBeNull();
    expect(hoursBetween('3/4/2026', '2026-03-05')).toBeNull();
  });
});
