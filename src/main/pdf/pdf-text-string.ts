// PDFDocEncoding (ISO 32000-2 Annex D) differs from Latin-1 at 0x18–0x1F and 0x80–0xA0.
const low = '\u02D8\u02C7\u02C6\u02D9\u02DD\u02DB\u02DA\u02DC';
const high =
  '\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018' +
  '\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E\uFFFD\u20AC';

function pdfDocCharacter(byte: number): string {
  if (byte >= 0x18 && byte <= 0x1f) return low[byte - 0x18] ?? '';
  if (byte >= 0x80 && byte <= 0xa0) return high[byte - 0x80] ?? '';
  return String.fromCharCode(byte);
}

/** UTF-16BE by hand: not every Node.js build's TextDecoder knows 'utf-16be'. */
export function utf16be(bytes: Uint8Array): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2)
    units.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let text = '';
  for (let start = 0; start < units.length; start += 8192) {
    text += String.fromCharCode(...units.slice(start, start + 8192));
  }
  return text;
}

/**
 * A PDF text string (a file name, a description) as text: UTF-16BE after a byte order mark,
 * which pdfkit writes for anything beyond ASCII; UTF-8 after its mark (PDF 2.0); otherwise
 * PDFDocEncoding.
 */
export function pdfTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  let text = '';
  for (const byte of bytes) text += pdfDocCharacter(byte);
  return text;
}
