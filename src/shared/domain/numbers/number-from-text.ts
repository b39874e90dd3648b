import { readNumber } from './read-number';

/** A number field as a form holds it: a number, text as typed ("1,200", "12."), or empty. */
export type NumberText = number | string | null;

/**
 * What a number schema gets from a field: empty is "not entered yet" (null), text that reads as a
 * number becomes that number, anything else stays text so the schema's message can say what is
 * wrong with it. A % sign is read only where the field is a share (`percent`); elsewhere "15%"
 * stays text and the message says to leave the sign out.
 */
export function numberFromText(
  value: NumberText,
  options: { percent?: boolean } = {},
): number | string | null {
  if (value === null || typeof value === 'number') return value;
  const reading = readNumber(value);
  if (reading.kind === 'empty') return null;
  if (reading.kind === 'number' && (!reading.percent || options.percent === true)) {
    return reading.value;
  }
  return value;
}
