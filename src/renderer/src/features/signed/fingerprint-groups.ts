/** The full fingerprint in groups of four, so it can be read aloud and compared by eye. */
export function fingerprintGroups(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}
