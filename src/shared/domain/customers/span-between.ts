import { hasTimeOfDay } from './complaint-log';
import { hoursBetween } from './hours-between';

/**
 * A time span at the precision of its coarser end: hours (to the minute) when both ends have a
 * time of day; otherwise whole calendar days, 0 for the same day.
 */
export type Span = { unit: 'hours'; hours: number } | { unit: 'days'; days: number };

/** Calendar days from one log time's date to another's; null when `to` is on an earlier day. */
export function daysBetween(from: string, to: string): number | null {
  const hours = hoursBetween(from.slice(0, 10), to.slice(0, 10));
  return hours === null ? null : Math.round(hours / 24);
}

/**
 * The span from one log time to another. A date alone says only which day: a complaint received
 * at 2:05 PM and resolved "on March 4" was resolved the same day, which is all that is known, so
 * it is counted as 0 days, not as minutes before or after midnight. Null when either end is
 * missing or malformed, or when `to` comes before `from`.
 */
export function spanBetween(from: string, to: string): Span | null {
  if (from === '' || to === '') return null;
  if (hasTimeOfDay(from) && hasTimeOfDay(to)) {
    const hours = hoursBetween(from, to);
    return hours === null ? null : { unit: 'hours', hours };
  }
  const days = daysBetween(from, to);
  return days === null ? null : { unit: 'days', days };
}
