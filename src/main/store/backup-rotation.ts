/** How many backups to keep; see docs/data-format.md. */
export interface RotationPolicy {
  /** The newest few, whatever their age. */
  recent: number;
  /** The newest of each day, for this many days back. */
  days: number;
  /** The newest of each calendar month, for this many months back. */
  months: number;
}

export const defaultRotationPolicy: RotationPolicy = { recent: 5, days: 30, months: 12 };

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Decides which backups to keep (days and months in UTC, so the answer does not depend on
 * the computer's time zone). Pure: returns the kept times, newest first.
 */
export function backupsToKeep(
  taken: readonly Date[],
  now: Date,
  policy: RotationPolicy = defaultRotationPolicy,
): Date[] {
  const newestFirst = [...taken].sort((a, b) => b.getTime() - a.getTime());
  const keep = new Set<Date>(newestFirst.slice(0, policy.recent));
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  const monthFloor = monthIndex(now) - policy.months;
  for (const date of newestFirst) {
    const day = date.toISOString().slice(0, 10);
    if (now.getTime() - date.getTime() < policy.days * dayMs && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(date);
    }
    const month = monthIndex(date);
    if (month > monthFloor && !seenMonths.has(String(month))) {
      seenMonths.add(String(month));
      keep.add(date);
    }
  }
  return newestFirst.filter((date) => keep.has(date));
}

function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}
