import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { everyDigitText } from '../../../src/shared/domain/numbers/every-digit-text';
import { numberFromText } from '../../../src/shared/domain/numbers/number-from-text';

const intlEveryDigit = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

describe('everyDigitText', () => {
  it('shows a stored number with its commas and every digit', () => {
    expect(everyDigitText(1200)).toBe('1,200');
    expect(everyDigitText(999)).toBe('999');
    expect(everyDigitText(1234567.891)).toBe('1,234,567.891');
    expect(everyDigitText(-3000)).toBe('-3,000');
    expect(everyDigitText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(everyDigitText(0)).toBe('0');
    expect(everyDigitText(-0)).toBe('0');
    expect(everyDigitText(1e-7)).toBe('0.0000001');
    expect(everyDigitText(1e21)).toBe('1,000,000,000,000,000,000,000');
  });

  it('keeps digits past the twentieth decimal, where Intl would round', () => {
    expect(everyDigitText(1.2345678901234567e-6)).toBe('0.0000012345678901234567');
  });

  // Where Intl's 20 decimals hold every digit (a double has 17), and not minus zero, which
  // Intl writes "-0" and a field shows as 0.
  const withinTwentyDecimals = (value: number) =>
    !Object.is(value, -0) && (value === 0 || Math.abs(value) >= 1e-3);

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }).filter(withinTwentyDecimals)])(
    'writes what Intl writes with every fraction digit',
    (value) => {
      expect(everyDigitText(value)).toBe(intlEveryDigit.format(value));
    },
  );

  // Down to a millionth, where a number's shortest spelling stops being plain digits.
  const plainlySpelled = (value: number) => value === 0 || Math.abs(value) >= 1e-6;

  test.prop([fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter(plainlySpelled)])(
    'reads back as the same number',
    (value) => {
      expect(numberFromText(everyDigitText(value))).toBe(value === 0 ? 0 : value);
    },
  );
});
