import { printedDate, type Language } from '@shared/domain/printed-date';
import type { OutageEntry } from '@shared/domain/tracking/outage-entry';
import type { Text } from '../../i18n/use-text';

/** The catalog and the screen's language, which every outage sentence is built with. */
export interface OutageWords {
  text: Text;
  language: Language;
}

/** "14:05" → "2:05 PM" (in Spanish "2:05 p. m."): the clock as US readers say it. */
export function clockText({ text }: OutageWords, time: string): string {
  const [hourText = '0', minute = '00'] = time.split(':');
  const hour = Number(hourText);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return text('outages.clock', { time: `${twelve}:${minute}`, half: hour < 12 ? 'am' : 'pm' });
}

/** "Tuesday, March 4, 2028", with ", 2:05 PM" when the log has the time. */
function momentText(words: OutageWords, date: string, time: string | null): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  // Read from the digits in UTC, so a time zone cannot shift the weekday printed.
  const weekday = new Date(
    Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])),
  ).getUTCDay();
  const values = {
    weekday: words.text('outages.weekday', { day: String(weekday) }),
    date: printedDate(date, words.language),
  };
  return time === null
    ? words.text('outages.moment', values)
    : words.text('outages.momentAt', { ...values, time: clockText(words, time) });
}

/**
 * When service was out, as precise as the log is: "Tuesday, March 4, 2028, 2:05 PM to 6:30 PM",
 * "… to Wednesday, March 5, 2028", or "… (no end recorded)" (outage-words.ts says it for papers).
 */
export function outageSpanText(
  words: OutageWords,
  outage: Pick<OutageEntry, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): string {
  const { text } = words;
  const start = momentText(words, outage.startDate, outage.startTime);
  if (outage.endDate === '') return text('outages.spanOpen', { start });
  if (outage.endDate === outage.startDate) {
    if (outage.endTime === null) return text('outages.spanDay', { start });
    return text('outages.spanTo', { start, end: clockText(words, outage.endTime) });
  }
  return text('outages.spanTo', {
    start,
    end: momentText(words, outage.endDate, outage.endTime),
  });
}

/** "2 days", "12 hours", "none" (0), "not recorded" (null): the notice as the log has it. */
export function noticeText({ text }: OutageWords, hours: number | null): string {
  if (hours === null) return text('outages.notRecorded');
  if (hours === 0) return text('outages.notice', { kind: 'none', hours, days: 0 });
  if (hours >= 48 && hours % 24 === 0) {
    return text('outages.notice', { kind: 'days', hours, days: hours / 24 });
  }
  return text('outages.notice', { kind: 'hours', hours, days: 0 });
}
