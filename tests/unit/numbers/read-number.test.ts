import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/shared/domain/numbers/read-number';

/** A whole number written as people write it: "1,200", or "1200" without the commas. */
function written(value: number, commas: boolean): string {
  const digits = String(Math.abs(value));
  const grouped = commas ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  return grouped;
}

const signs = fc.constantFrom('', '+', '-', '\u2212');
const minus = (sign: string) => sign === '-' || sign === '\u2212';

describe('readNumber', () => {
  it('reads what people type', () => {
    const cases: [string, number, boolean][] = [
      ['1,200', 1200, false],
      ['1200', 1200, false],
      ['12,000,000', 12_000_000, false],
      ['1,200.50', 1200.5, false],
      ['-3', -3, false],
      ['\u22123', -3, false],
      ['+5', 5, false],
      ['2.5', 2.5, false],
      ['.5', 0.5, false],
      ['12.', 12, false],
      ['  42  ', 42, false],
      ['15%', 15, true],
      ['15 %', 15, true],
      ['1,800%', 1800, true],
      ['-0', 0, false],
      ['007', 7, false],
      ['1e99', 1e99, false],
    ];
    for (const [text, value, percent] of cases) {
      expect(readNumber(text), text).toEqual({ kind: 'number', value, percent });
    }
    expect(Object.is((readNumber('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('reads empty text as nothing entered', () => {
    for (const text of ['', '   ', '\t']) expect(readNumber(text)).toEqual({ kind: 'empty' });
  });

  it('refuses a comma that is not between thousands, never guessing it is a decimal point', () => {
    for (const text of [
      '1,2',
      '1,20',
      '1,5',
      '12,00',
      '1,2000',
      '1.200,50',
      ',200',
      '1.2.3',
      '1,',
    ]) {
      expect(readNumber(text), text).toEqual({ kind: 'unreadable', problem: 'separators' });
    }
  });

  it('refuses what is not a number', () => {
    for (const text of [
      'abc',
      'twelve',
      '1 200',
      '0x10',
      'Infinity',
      'NaN',
      '-',
      '.',
      '%',
      '12 hours',
      '$5',
      '1e999',
      '--3',
      '5-',
    ]) {
      expect(readNumber(text), text).toEqual({ kind: 'unreadable', problem: 'not-a-number' });
    }
  });

  test.prop([fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), signs, fc.boolean()])(
    'a whole number with or without thousands commas and with any sign reads back as itself',
    (value, sign, commas) => {
      const reading = readNumber(`${sign}${written(value, commas)}`);
      expect(reading).toEqual({
        kind: 'number',
        value: minus(sign) ? -value + 0 : value,
        percent: false,
      });
    },
  );

  test.prop([
    fc.integer({ min: 0, max: 999_999_999 }),
    fc.integer({ min: 0, max: 9999 }),
    signs,
    fc.constantFrom('', '%', ' %'),
  ])(
    'a decimal with commas, a sign and a % sign reads back as itself, noting the % sign',
    (whole, fraction, sign, percent) => {
      const text = `${sign}${written(whole, true)}.${String(fraction).padStart(4, '0')}${percent}`;
      const value = Number(`${whole}.${String(fraction).padStart(4, '0')}`);
      const reading = readNumber(text);
      expect(reading).toEqual({
        kind: 'number',
        value: minus(sign) ? -value + 0 : value,
        percent: percent !== '',
      });
    },
  );

  test.prop([fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^(\d{1,2}|\d{4,6})$/)])(
    'a comma followed by anything but three digits is refused as a separator problem',
    (before, after) => {
      expect(readNumber(`${before},${after}`)).toEqual({
        kind: 'unreadable',
        problem: 'separators',
      });
    },
  );

  test.prop([fc.string({ maxLength: 20 })])(
    'never answers a number that is not finite, and reads any text without throwing',
    (text) => {
      const reading = readNumber(text);
      if (reading.kind === 'number') expect(Number.isFinite(reading.value)).toBe(true);
    },
  );
});
