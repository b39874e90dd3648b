import { fc } from '@fast-check/vitest';

/** Characters people paste by accident or on purpose: controls, bidi, line breaks, accents. */
const awkwardChar = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u000B',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  ' ',
  'e',
  '\u0301',
  '\u0958',
  '\u1100',
  '\u1161',
);

/** Any string, biased towards the characters the cleaning must handle. */
export function unicodeText(maxLength: number): fc.Arbitrary<string> {
  const char = fc.oneof(awkwardChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
  return fc.string({ unit: char, maxLength });
}

// NFC can make text up to three times longer, so a third of the limit always fits once cleaned.
export const text = (max: number) => unicodeText(Math.floor(max / 3));
export const rowId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
export const date = fc.oneof(
  fc.constant(''),
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
export const whole = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
export const decimal = (max: number) =>
  fc.option(fc.double({ min: 0, max, noNaN: true }), { nil: null });
export const rev = fc.nat();
