import { momentSaid } from '@shared/domain/time-text';
import { say } from '../../i18n/say';
import type { Text } from '../../i18n/use-text';

/**
 * A saved time (ISO) as the computer's local date and time, worded as main's messages word it
 * (`momentSaid`, time-text.ts): "26 Nov 2026 at 14:05", in the screen's language.
 */
export function whenText(text: Text, iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return say(text, momentSaid(when));
}
