/**
 * Roboto's advance widths for the printable ASCII characters (space to "~"), in hundredths of
 * an em, each the wider of the regular and the medium (bold) face, rounded up: an estimate
 * that is never narrower than pdfmake's own measure of those characters.
 */
const asciiWidths = [
  25, 27, 33, 62, 57, 74, 65, 18, 35, 35, 45, 57, 23, 34, 28, 42, 57, 57, 57, 57, 57, 57, 57, 57,
  57, 57, 27, 24, 51, 57, 53, 49, 90, 67, 64, 66, 66, 57, 56, 69, 72, 29, 56, 64, 55, 88, 72, 69,
  64, 69, 63, 61, 61, 66, 65, 89, 64, 62, 61, 28, 42, 28, 43, 46, 33, 55, 57, 53, 57, 54, 36, 57,
  56, 26, 26, 53, 26, 88, 56, 58, 57, 57, 36, 52, 34, 56, 50, 76, 51, 49, 51, 34, 25, 34, 69,
];

// Wider than any Latin letter Roboto draws (Œ is 0.96 em), for the characters not in the table.
const otherWidth = 1;
// An accent can stand out beside its letter (ď, ľ, ǐ are up to 0.19 em wider than d, l, i).
const accentAllowance = 0.2;

/** A character's width in em: an accented letter as its base letter, plus room for the accent. */
function charWidth(char: string): number {
  const decomposed = char.normalize('NFD');
  const base = decomposed.codePointAt(0) ?? 0;
  const hundredths = base >= 32 && base < 127 ? asciiWidths[base - 32] : undefined;
  if (hundredths === undefined) return otherWidth;
  return hundredths / 100 + (decomposed.length > 1 ? accentAllowance : 0);
}

function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += char === '\u200B' ? 0 : charWidth(char);
  return ems * fontSize;
}

/**
 * How many lines pdfmake needs for `text` in a column `width` points wide, never fewer: words
 * are placed greedily as pdfmake does, breaking at spaces and at the zero-width spaces
 * breakLongWords puts into long words; a word wider than the column is cut across lines.
 * Used where a page frame must reserve room before pdfmake lays the text out.
 */
export function estimatedLines(text: string, fontSize: number, width: number): number {
  const space = charWidth(' ') * fontSize;
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/[ \u200B]+/)) {
    const wide = textWidth(word, fontSize);
    const needed = used === 0 ? wide : used + space + wide;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than the column fills whole lines and leaves the rest on the next.
    lines += Math.ceil(wide / width) - 1;
    used = wide - (Math.ceil(wide / width) - 1) * width;
  }
  return lines;
}

/** The width of a single line of text in points, by the same estimate. */
export function estimatedWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize);
}
