/**
 * The fingerprint as printed for people: its first 16 hex digits, upper case, in groups of four
 * ("3F2A-91BC-0D4E-7A10"), short enough to type from paper and long enough (64 bits) that two
 * versions will not share it by chance.
 */
export function shortFingerprint(hex: string): string {
  if (!/^[0-9a-f]{16,}$/i.test(hex)) {
    throw new Error('A fingerprint is hex digits, at least 16 of them.');
  }
  return (hex.slice(0, 16).toUpperCase().match(/.{4}/g) ?? []).join('-');
}
