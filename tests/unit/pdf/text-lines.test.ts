import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { pdfFontFiles } from '../../../src/main/pdf/pdf-fonts';
import { estimatedLines, estimatedWidth } from '../../../src/shared/pdf/text-lines';

const faces = [pdfFontFiles().normal, pdfFontFiles().bold].map((path) => {
  const font = fontkit.openSync(path);
  if (!('glyphForCodePoint' in font)) throw new Error(`not a single font: ${path}`);
  return font;
});

/** Roboto's own advance width for a character, at 1,000 pt, the wider of the two faces. */
function robotoWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return Math.max(
    ...faces.map((font) => (font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm) * 1000),
  );
}

const printable = [
  ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)),
  // Latin-1 and Latin Extended-A and -B: every accented letter a European name may carry.
  ...Array.from({ length: 0x24f - 0xc0 + 1 }, (_, index) => String.fromCharCode(0xc0 + index)),
  ...'’‘“”—–…·•',
];

describe('estimatedWidth', () => {
  it('is never narrower than Roboto draws a character, regular or bold', () => {
    const narrower = printable.filter((char) => estimatedWidth(char, 1000) < robotoWidth(char));
    expect(narrower).toEqual([]);
  });

  it('stays close to the real width of ordinary words (an estimate, not a guess)', () => {
    const name = 'La Cañada del Río Mutual Domestic Water Consumers & Sewage Works Association';
    const real = [...name].reduce((sum, char) => sum + robotoWidth(char), 0);
    expect(estimatedWidth(name, 1000) / real).toBeLessThan(1.06);
  });
});

describe('estimatedLines', () => {
  it('counts one line for text that fits and wraps whole words', () => {
    expect(estimatedLines('Cedar Flats Water Co-op', 8, 300)).toBe(1);
    // "aaaa bbbb" is about 42 pt at 8 pt: two words do not fit in 30 pt, one does.
    expect(estimatedLines('aaaa bbbb', 8, 30)).toBe(2);
    expect(estimatedLines('aaaa bbbb cccc', 8, 30)).toBe(3);
  });

  it('cuts a word wider than the column across lines, and breaks at zero-width spaces', () => {
    const word = 'W'.repeat(50); // 50 × 0.89 em × 8 pt = 356 pt
    expect(estimatedLines(word, 8, 100)).toBe(4);
    expect(estimatedLines(`${'W'.repeat(10)}\u200B${'W'.repeat(10)}`, 8, 80)).toBe(2);
  });
});
