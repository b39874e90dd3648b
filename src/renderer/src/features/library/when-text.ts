import type { Text } from '../../i18n/use-text';

const two = (value: number) => String(value).padStart(2, '0');

/**
 * A saved time (ISO) as the computer's local date and time, as main's messages write it
 * ("26 Nov 2026 at 14:05", time-text.ts), in the screen's language.
 */
export function whenText(text: Text, iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return text('library.when', {
    day: String(when.getDate()),
    month: when.getMonth() + 1,
    year: String(when.getFullYear()),
    clock: `${two(when.getHours())}:${two(when.getMinutes())}`,
  });
}
