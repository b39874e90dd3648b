import { z } from 'zod';
import { hasTimeOfDay, logTimeColumns, type LogTimeColumn } from '../complaint-log';

const count = z.number().int().min(0);
const momentPrecision = z.strictObject({ timed: count, dated: count });

/**
 * How precise a file's times are, per moment (received, responded, resolved): how many values
 * have a time of day (`timed`) and how many a date only (`dated`). Empty cells count in neither.
 */
export const timePrecisionSchema = z.strictObject({
  received: momentPrecision,
  responded: momentPrecision,
  resolved: momentPrecision,
});
export type TimePrecision = z.output<typeof timePrecisionSchema>;

export function emptyPrecision(): TimePrecision {
  return {
    received: { timed: 0, dated: 0 },
    responded: { timed: 0, dated: 0 },
    resolved: { timed: 0, dated: 0 },
  };
}

/** Adds one row's moments to `precision`. */
export function countPrecision(
  precision: TimePrecision,
  moments: Record<LogTimeColumn, string>,
): void {
  for (const column of logTimeColumns) {
    const value = moments[column];
    if (value === '') continue;
    if (hasTimeOfDay(value)) precision[column].timed++;
    else precision[column].dated++;
  }
}
