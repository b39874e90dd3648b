/** Fewer digits than this could match a version by chance (8 hex digits: 1 in 4 billion). */
const minimumDigits = 8;

// What people type between groups: spaces, hyphens and the dashes word processors substitute.
const separators = /[\s\-\u2010-\u2015\u2212]/g;

/**
 * Whether what someone typed from a printed copy is the start of this fingerprint. Case, spaces
 * and dashes do not matter; O, I and L, which are not hex digits, are read as the 0 and 1 they
 * were printed as. Fewer than 8 digits, or anything else that is not a hex digit, never matches.
 */
export function matchesTypedFingerprint(typed: string, hex: string): boolean {
  const digits = typed
    .replace(separators, '')
    .toLowerCase()
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (digits.length < minimumDigits || !/^[0-9a-f]+$/.test(digits)) return false;
  return hex.toLowerCase().startsWith(digits);
}
