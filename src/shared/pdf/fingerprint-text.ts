/** Hex digits upper-case in groups of four: "3F2A 91BC …" (easy to read aloud and to type). */
export function groupedHex(hex: string, separator: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(separator);
}

/**
 * The full fingerprint as printed on the signature page: two lines of eight groups, so a line
 * never breaks inside a group and the digits can be read back from paper.
 */
export function fingerprintLines(hex: string): [string, string] {
  const half = Math.ceil(hex.length / 2);
  return [groupedHex(hex.slice(0, half), ' '), groupedHex(hex.slice(half), ' ')];
}
