import { z } from 'zod';
import { labelSaid, type FieldLabel } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { said } from '../i18n/said';
import { negativeMessage, notANumberMessage, tooLargeMessage } from './numbers/number-messages';
import { formatNumber } from './numbers/number-text';

// C0/C1 control characters (tab and newlines handled separately) and the bidirectional
// overrides/isolates that can make printed text read differently from what was typed.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
const lineBreaks = /[\t\r\n\u2028\u2029]+/g;

// Normalise after stripping: a stripped character between a letter and its accent would
// otherwise leave the pair uncomposed, and cleaning the stored text again would change it.

/** One-line text as stored: NFC, no control or bidi characters, single spaces at the ends trimmed. */
export function cleanLine(value: string): string {
  return value
    .replace(lineBreaks, ' ')
    .replace(controlChars, '')
    .replace(bidiControls, '')
    .normalize('NFC')
    .trim();
}

/** Multi-line text as stored: NFC, Windows line ends made plain, no control or bidi characters. */
export function cleanMultiline(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(controlChars, '')
    .replace(bidiControls, '')
    .normalize('NFC')
    .trim();
}

/** A one-line text field; empty is allowed (drafts are saved as they are typed). */
export function lineText(label: FieldLabel, max: number) {
  return z
    .string({ error: mustBeText(label) })
    .transform(cleanLine)
    .pipe(z.string().max(max, tooLong(label, max)));
}

// A schema's messages are keys of the shared catalog (issue-said.ts), said in the reader's language.
function mustBeText(label: FieldLabel): string {
  return issueMessage(said('validation.mustBeText', { label: labelSaid(label) }));
}

function tooLong(label: FieldLabel, max: number): string {
  return issueMessage(said('validation.tooLong', { label: labelSaid(label), max }));
}

/** A paragraph field (notes, statements); empty is allowed. */
export function paragraphText(label: FieldLabel, max: number) {
  return z
    .string({ error: mustBeText(label) })
    .transform(cleanMultiline)
    .pipe(z.string().max(max, tooLong(label, max)));
}

/** A calendar date typed as YYYY-MM-DD, or empty when not known yet. */
export function calendarDate(label: FieldLabel) {
  return z
    .string({ error: issueMessage(said('validation.mustBeDate', { label: labelSaid(label) })) })
    .trim()
    .refine((value) => value === '' || isRealDate(value), {
      error: issueMessage(said('validation.realDate', { label: labelSaid(label) })),
    });
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A number field's schema: a finite number up to `max`, or null when not entered yet. The API
 * takes numbers only; text reaches it from a form only when the form could not read it
 * (numbers/number-from-text), and the message then says what is wrong with that text.
 */
// The messages are worded when needed, not when the schema is made: wording them formats
// numbers, and the first number format built costs a slow laptop a tenth of a second at start-up.
function numberField(label: FieldLabel, max: number, example: number) {
  return z
    .number({ error: (issue) => issueMessage(notANumberMessage(label, example, issue.input)) })
    .min(0, { error: () => issueMessage(negativeMessage(label)) })
    .max(max, { error: () => issueMessage(tooLargeMessage(label, max)) });
}

/** A whole number in a range, or null when not entered yet. */
export function wholeNumber(label: FieldLabel, max: number, example: number) {
  const values = () => ({ label: labelSaid(label), example: formatNumber(example) });
  return numberField(label, max, example)
    .int({ error: () => issueMessage(said('validation.wholeNumber', values())) })
    .nullable();
}

/** A decimal amount in a range, or null when not entered yet. */
export function decimalNumber(label: FieldLabel, max: number, example: number) {
  return numberField(label, max, example).nullable();
}

/** An id made by the app for a list row. */
export const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, issueMessage('validation.rowId'));
