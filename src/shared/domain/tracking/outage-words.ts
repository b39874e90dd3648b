import { dayInWords } from '../typed-date';
import type { OutageEntry } from './outage-entry';

/** "14:05" → "2:05 PM", "00:30" → "12:30 AM": the clock as US readers say it. */
export function clockWords(time: string): string {
  const [hourText = '0', minute = '00'] = time.split(':');
  const hour = Number(hourText);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "Tuesday, March 4, 2028, 2:05 PM", or the day alone when the log has no time. */
export function momentWords(date: string, time: string | null): string {
  return time === null ? dayInWords(date) : `${dayInWords(date)}, ${clockWords(time)}`;
}

/**
 * When service was out, as precise as the log is: "Tuesday, March 4, 2028, 2:05 PM to 6:30 PM",
 * "… to Wednesday, March 5, 2028", or "… (no end recorded)".
 */
export function outageSpanWords(
  outage: Pick<OutageEntry, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): string {
  const start = momentWords(outage.startDate, outage.startTime);
  if (outage.endDate === '') return `${start} (no end recorded)`;
  if (outage.endDate === outage.startDate) {
    if (outage.endTime === null) return start;
    return `${start} to ${clockWords(outage.endTime)}`;
  }
  return `${start} to ${momentWords(outage.endDate, outage.endTime)}`;
}

/** "2 days", "12 hours", "none" (0), "not recorded" (null): the notice as the log has it. */
export function noticeWords(hours: number | null): string {
  if (hours === null) return 'not recorded';
  if (hours === 0) return 'none';
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours.toLocaleString('en-US')} hours`;
}
