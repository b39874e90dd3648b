import type { Language } from '@shared/domain/printed-date';

const months: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

/**
 * A log time in the words of a US board: "2026-03-14T14:05" → date "Mar 14, 2026", clock
 * "2:05 PM" ("14 mar 2026", "2:05 p.m." in Spanish). Taken apart by hand, not through Date,
 * because a log time has no zone (the wall clock the log recorded) and because the list formats
 * thousands of them while scrolling.
 */
export function logTimeParts(
  value: string,
  language: Language = 'en',
): { date: string; clock: string } {
  const [date = '', time] = value.split('T');
  const [year = '', month = '1', day = '1'] = date.split('-');
  const monthName = months[language][Number(month) - 1] ?? month;
  const printed =
    language === 'es'
      ? `${Number(day)} ${monthName} ${year}`
      : `${monthName} ${Number(day)}, ${year}`;
  if (time === undefined) return { date: printed, clock: '' };
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const suffix = language === 'es' ? (hour < 12 ? 'a.m.' : 'p.m.') : hour < 12 ? 'AM' : 'PM';
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${suffix}`;
  return { date: printed, clock };
}

/** "Mar 14, 2026 2:05 PM", or "" for an empty log time. */
export function formatLogTime(value: string, language: Language = 'en'): string {
  if (value === '') return '';
  const { date, clock } = logTimeParts(value, language);
  return clock === '' ? date : `${date} ${clock}`;
}
