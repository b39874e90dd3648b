/** A number field as the form holds it: a number, text still being typed ("12."), or empty. */
export type NumberDraft = number | string | null;

/**
 * What the schema gets: empty is "not entered yet" (null), text that reads as a number becomes
 * that number, anything else stays text so the schema's own message explains what is wrong.
 */
export function numberFromDraft(value: NumberDraft): number | string | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  const text = value.trim().replaceAll(',', '');
  if (text === '') return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : value;
}
