import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../src/main/store/backup-rotation';

const now = new Date('2026-11-26T14:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('backupsToKeep', () => {
  it('keeps the newest five taken today and drops the rest of today', () => {
    const today = [0.1, 0.5, 1, 2, 3, 4, 5, 6].map(hoursAgo);
    expect(iso(backupsToKeep(today, now))).toEqual(iso(today.slice(0, 5)));
  });

  it('keeps the newest backup of each of the last 30 days', () => {
    const taken = Array.from({ length: 40 }, (_, day) => [
      hoursAgo(day * 24 + 1),
      hoursAgo(day * 24 + 2),
    ]).flat();
    const kept = backupsToKeep(taken, now);
    const days = new Set(kept.map((date) => date.toISOString().slice(0, 10)));
    // 30 days of daily copies; older days survive only as their month's copy.
    for (let day = 0; day < 30; day += 1) {
      expect(
        days.has(
          hoursAgo(day * 24 + 1)
            .toISOString()
            .slice(0, 10),
        ),
      ).toBe(true);
    }
    expect(kept).toContain(taken[0]);
    expect(kept).not.toContain(taken[59]); // the older copy of day 29
  });

  it('keeps one backup per month for the last twelve months and nothing older', () => {
    const monthly = Array.from({ length: 18 }, (_, i) => new Date(Date.UTC(2026, 10 - i, 15)));
    const kept = backupsToKeep(monthly, now);
    const months = kept.map((date) => date.toISOString().slice(0, 7));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-11');
    expect(months[11]).toBe('2025-12');
  });

  it('keeps the newest of each month, not an older one', () => {
    const early = new Date('2026-03-02T00:00:00Z');
    const late = new Date('2026-03-28T00:00:00Z');
    const kept = backupsToKeep([early, late, ...[1, 2, 3, 4, 5].map(hoursAgo)], now);
    expect(kept).toContain(late);
    expect(kept).not.toContain(early);
  });

  it('keeps everything when there are only a few, newest first', () => {
    const taken = [hoursAgo(30 * 24 * 20), hoursAgo(5), hoursAgo(1)];
    expect(iso(backupsToKeep(taken, now))).toEqual(iso([taken[2], taken[1], taken[0]] as Date[]));
  });

  it('does not depend on the order it is given', () => {
    const taken = Array.from({ length: 50 }, (_, i) => hoursAgo(i * 37));
    const shuffled = [...taken].sort(() => Math.random() - 0.5);
    expect(iso(backupsToKeep(shuffled, now))).toEqual(iso(backupsToKeep(taken, now)));
  });
});
