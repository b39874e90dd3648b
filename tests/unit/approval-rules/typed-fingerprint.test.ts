import { describe, expect, it } from 'vitest';
import { matchesTypedFingerprint } from '../../../src/shared/domain/approval-rules/matches-typed-fingerprint';
import { shortFingerprint } from '../../../src/shared/domain/approval-rules/short-fingerprint';

const hex = '3f2a91bc0d4e7a10c0ffee00112233445566778899aabbccddeeff0011223344';

describe('shortFingerprint', () => {
  it('prints the first 16 digits in upper case, in groups of four', () => {
    expect(shortFingerprint(hex)).toBe('3F2A-91BC-0D4E-7A10');
    expect(shortFingerprint(hex.toUpperCase())).toBe('3F2A-91BC-0D4E-7A10');
  });

  it('refuses something that is not a fingerprint', () => {
    expect(() => shortFingerprint('3f2a91bc')).toThrow(/at least 16/);
    expect(() => shortFingerprint('3f2a-91bc-0d4e-7a10')).toThrow();
    expect(() => shortFingerprint('')).toThrow();
  });
});

describe('matchesTypedFingerprint', () => {
  it.each([
    ['the short form as printed', '3F2A-91BC-0D4E-7A10'],
    ['lower case', '3f2a-91bc-0d4e-7a10'],
    ['spaces instead of dashes', '3F2A 91BC 0D4E 7A10'],
    ['no separators', '3F2A91BC0D4E7A10'],
    ['spaces around and between', '  3f2a  91bc-0d4e - 7a10 '],
    ['dashes a word processor made', '3F2A–91BC—0D4E‑7A10'],
    ['the letter O for the digit 0', '3F2A-91BC-OD4E-7A1O'],
    ['the first two groups only', '3F2A-91BC'],
    ['the full fingerprint', hex],
  ])('matches %s', (_name, typed) => {
    expect(matchesTypedFingerprint(typed, hex)).toBe(true);
  });

  it.each([
    ['another fingerprint', '3F2A-91BC-0D4E-7A11'],
    ['a digit off in the first group', '3F2B-91BC-0D4E-7A10'],
    ['fewer than 8 digits', '3F2A-91B'],
    ['nothing', ''],
    ['only dashes', '----'],
    ['a letter that is not hex', '3F2A-91BC-0D4E-7A1G'],
    ['more digits than the fingerprint has', `${hex}0`],
    ['the right digits in the wrong place', '91BC-0D4E-7A10'],
  ])('does not match %s', (_name, typed) => {
    expect(matchesTypedFingerprint(typed, hex)).toBe(false);
  });
});
