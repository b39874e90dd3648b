import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../../../src/shared/domain/tracking/working-days';

// 2028-03-03 is a Friday.
describe('working days between two dates', () => {
  it('counts Friday to Monday as 1 working day, the weekend left out', () => {
    expect(workingDaysBetween('2028-03-03', '2028-03-06')).toBe(1);
  });

  it('counts the same day as 0, whatever the times', () => {
    expect(workingDaysBetween('2028-03-03T08:00', '2028-03-03T17:00')).toBe(0);
  });

  it('counts Friday to Saturday as 0: a Saturday is not a working day', () => {
    expect(workingDaysBetween('2028-03-03', '2028-03-04')).toBe(0);
  });

  it('counts a complaint received on a Saturday and settled Monday as 1', () => {
    expect(workingDaysBetween('2028-03-04', '2028-03-06')).toBe(1);
  });

  it('counts two whole weeks and two days: Friday 3 March to Tuesday 21 March is 12', () => {
    // Mon 6 – Fri 10 (5), Mon 13 – Fri 17 (5), Mon 20, Tue 21 (2).
    expect(workingDaysBetween('2028-03-03', '2028-03-21')).toBe(12);
  });

  it('counts across a year end: Friday 29 December 2028 to Tuesday 2 January 2029 is 2', () => {
    expect(workingDaysBetween('2028-12-29', '2029-01-02')).toBe(2);
  });

  it('refuses an end before the start', () => {
    expect(workingDaysBetween('2028-03-06', '2028-03-03')).toBeNull();
  });

  it('agrees with counting weekdays one by one, for every start in 2027–2028 and spans to 20 days', () => {
    const dayMs = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const disagreements: string[] = [];
    for (let start = Date.UTC(2027, 0, 1); start < Date.UTC(2029, 0, 1); start += dayMs) {
      let counted = 0;
      for (let span = 0; span <= 20; span += 1) {
        const weekday = new Date(start + span * dayMs).getUTCDay();
        if (span > 0 && weekday !== 0 && weekday !== 6) counted += 1;
        const end = start + span * dayMs;
        if (workingDaysBetween(iso(start), iso(end)) !== counted) {
          disagreements.push(`${iso(start)} to ${iso(end)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
