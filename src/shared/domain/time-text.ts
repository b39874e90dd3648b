import { said, type Said } from '../i18n/said';
import { sayIn } from '../i18n/say-in';
import type { Language } from './printed-date';

const two = (value: number) => String(value).padStart(2, '0');

/**
 * A moment in the computer's local time as a shared message (`dates.moment`), so a notice kept
 * in main says it in the language of whichever window asks: "26 Nov 2026 at 14:05", or
 * "26 de noviembre de 2026 a las 2:05 p. m.". `withSeconds` ("14:05:09") tells apart two
 * moments in the same minute.
 */
export function momentSaid(date: Date, withSeconds = false): Said {
  const seconds = withSeconds ? `:${two(date.getSeconds())}` : '';
  return said('dates.moment', {
    day: String(date.getDate()),
    month: date.getMonth() + 1,
    year: String(date.getFullYear()),
    hours: date.getHours(),
    minutes: `${two(date.getMinutes())}${seconds}`,
  });
}

/** The one way the app writes a moment in main's messages, in `language`. */
export function describeTime(date: Date, withSeconds = false, language: Language = 'en'): string {
  return sayIn(momentSaid(date, withSeconds), language);
}

/** Two moments as text, with seconds when the minute alone would make them look the same. */
export function describeTimes(
  first: Date,
  second: Date,
  language: Language = 'en',
): [string, string] {
  const withSeconds = describeTime(first) === describeTime(second);
  return [describeTime(first, withSeconds, language), describeTime(second, withSeconds, language)];
}
