/** Why typed text is not a number we can use. */
export type NumberProblem =
  /** Nothing here reads as a number: "abc", "twelve", "1 200". */
  | 'not-a-number'
  /** Digits with commas or points where they cannot go: "1,5", "12,00", "1.200,50", "1.2.3". */
  | 'separators';

export type NumberReading =
  | { kind: 'empty' }
  /** `percent` says a % sign followed the number; whether one is allowed is the field's rule. */
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'unreadable'; problem: NumberProblem };

// A sign (the keyboard's hyphen or a typographic minus, as pasted from a document), digits with
// commas between thousands, a decimal point, an exponent ("1e99" reads, so the field can say it
// is out of range rather than that it is not a number) and a % sign.
const numberShape = /^([+\-\u2212]?)(\d*(?:,\d*)*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*(%?)$/;
const thousands = /^\d{1,3}(?:,\d{3})+$/;
// Digits, separators and at most a sign and a % sign: meant as a number, written the wrong way.
const numberLike = /^[+\-\u2212]?[\d.,]*\d[\d.,]*\s*%?$/;

/**
 * Reads a number as people type it, in the one way every field accepts: "1,200" is twelve
 * hundred, "-3" is minus three (never silently three), "2.5" and ".5" have a decimal point,
 * "15%" is fifteen with a % sign. A comma is only ever a thousands separator, so "1,5" or
 * "1.200,50" are refused rather than guessed at. Whether a sign, a fraction or a % sign is
 * allowed is each field's rule; this only reads.
 */
export function readNumber(text: string): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = numberShape.exec(trimmed);
  if (match === null) {
    return {
      kind: 'unreadable',
      problem: numberLike.test(trimmed) ? 'separators' : 'not-a-number',
    };
  }
  const [, sign = '', whole = '', fraction = '', exponent, percent = ''] = match;
  if (!/\d/.test(whole) && fraction === '') return { kind: 'unreadable', problem: 'not-a-number' };
  if (whole.includes(',') && !thousands.test(whole)) {
    return { kind: 'unreadable', problem: 'separators' };
  }
  const minus = sign === '-' || sign === '\u2212' ? '-' : '';
  const written = `${minus}${whole.replaceAll(',', '') || '0'}.${fraction || '0'}`;
  const value = Number(exponent === undefined ? written : `${written}e${exponent}`);
  if (!Number.isFinite(value)) return { kind: 'unreadable', problem: 'not-a-number' };
  // `+ 0` turns -0 into 0: "-0" is zero, not a negative number.
  return { kind: 'number', value: value + 0, percent: percent === '%' };
}
