import { numberFromText, type NumberText } from '@shared/domain/numbers/number-from-text';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';

/** A number field as the form holds it: a number, text still being typed ("1,2"), or empty. */
export type NumberDraft = NumberText;

/**
 * What the schema gets, read by the one number parser every field shares: "1,200" is 1200,
 * "-3" stays negative so the schema can refuse it, and a % sign is read only in a share.
 */
export function numberFromDraft(
  value: NumberDraft,
  options: { percent?: boolean } = {},
): number | string | null {
  return numberFromText(value, options);
}

/** What a number field shows: the text as typed, or a stored number with its thousands commas. */
export function numberDraftText(value: NumberDraft): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return everyDigitText(value);
}
