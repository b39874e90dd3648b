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

/**
 * What the signature page's QR code says, in plain text any phone can read (docs/fingerprint.md):
 * whose agreement, which revision, the meeting that adopted it, and the full fingerprint.
 */
export function fingerprintQrText(facts: {
  utilityName: string;
  systemId: string;
  revision: number;
  meetingDate: string;
  fingerprint: string;
}): string {
  return [
    'LOS Builder: Level of Service Agreement',
    `Utility: ${facts.utilityName}`,
    `System ID: ${facts.systemId}`,
    `Revision: ${facts.revision}`,
    `Adopted at the board meeting of: ${facts.meetingDate}`,
    `Fingerprint (SHA-256): ${facts.fingerprint}`,
  ].join('\n');
}
