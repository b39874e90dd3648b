import { said, type Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { dayInWords } from '../typed-date';
import type { OutageEntry } from './outage-entry';

/** "14:05" → { time: "2:05", half: "pm" }: the clock as US readers say it, in either language. */
function twelveHour(time: string): { time: string; half: 'am' | 'pm' } {
  const [hourText = '0', minute = '00'] = time.split(':');
  const hour = Number(hourText);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return { time: `${twelve}:${minute}`, half: hour < 12 ? 'am' : 'pm' };
}

/** "14:05" → "2:05 PM", "00:30" → "12:30 AM": how the outage form shows a time back. */
export function clockWords(time: string): string {
  const clock = twelveHour(time);
  return `${clock.time} ${clock.half === 'am' ? 'AM' : 'PM'}`;
}

/** "14:05" inside a shared sentence: "2:05 PM", in Spanish "2:05 p. m.". */
function clockSaid(time: string): Said {
  return said('previews.clock', twelveHour(time));
}

/** "Tuesday, March 4, 2028, 2:05 PM", or the day alone when the log has no time. */
function momentSaid(date: string, time: string | null): Said {
  const day = saidEach({ en: dayInWords(date, 'en'), es: dayInWords(date, 'es') });
  return time === null ? day : said('previews.momentAt', { day, time: clockSaid(time) });
}

/**
 * When service was out, as precise as the log is, in the reader's language: "Tuesday, March 4,
 * 2028, 2:05 PM to 6:30 PM", "… to Wednesday, March 5, 2028", or "… (no end recorded)".
 */
export function outageSpanSaid(
  outage: Pick<OutageEntry, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): Said {
  const start = momentSaid(outage.startDate, outage.startTime);
  if (outage.endDate === '') return said('previews.spanOpen', { start });
  if (outage.endDate === outage.startDate) {
    if (outage.endTime === null) return start;
    return said('previews.spanTo', { start, end: clockSaid(outage.endTime) });
  }
  return said('previews.spanTo', { start, end: momentSaid(outage.endDate, outage.endTime) });
}

/** "2 days", "12 hours", "none" (0), "not recorded" (null): the notice as the log has it. */
export function noticeWords(hours: number | null): string {
  if (hours === null) return 'not recorded';
  if (hours === 0) return 'none';
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours.toLocaleString('en-US')} hours`;
}
