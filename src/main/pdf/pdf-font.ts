import type { PdfObjects } from './pdf-objects';
import type { PdfValue } from './pdf-syntax';
import { pdfTextString } from './pdf-text-string';
import { codeKey, readToUnicodeCMap, type ToUnicodeCMap } from './to-unicode-cmap';

/** One code of a shown string: its text, its advance in thousandths of an em. */
export interface Glyph {
  readonly text: string;
  readonly width: number;
  /** A one-byte code 32, which word spacing (Tw) widens. */
  readonly space: boolean;
}

/** What text extraction needs of a font: how to split a string into codes, and their text. */
export interface PdfFont {
  glyphs(bytes: Uint8Array): Glyph[];
}

function numbers(objects: PdfObjects, value: PdfValue): number[] {
  const resolved = objects.resolve(value);
  if (typeof resolved !== 'object' || resolved === null || resolved.kind !== 'array') return [];
  return resolved.items.map((item) => {
    const number = objects.resolve(item);
    return typeof number === 'number' ? number : 0;
  });
}

/** /W of a CIDFont: "c [w1 w2 …]" and "cFirst cLast w" runs (§9.7.4.3). */
function cidWidths(objects: PdfObjects, font: PdfValue): Map<number, number> {
  const widths = new Map<number, number>();
  const list = objects.entry(font, 'W');
  if (typeof list !== 'object' || list === null || list.kind !== 'array') return widths;
  const items = list.items.map((item) => objects.resolve(item));
  for (let i = 0; i < items.length && widths.size < 0x10000;) {
    const first = items[i];
    const next = items[i + 1];
    if (typeof first !== 'number') break;
    if (typeof next === 'object' && next !== null && next.kind === 'array') {
      numbers(objects, next).forEach((width, offset) => widths.set(first + offset, width));
      i += 2;
    } else {
      const [last, width] = [next, items[i + 2]];
      if (typeof last !== 'number' || typeof width !== 'number') break;
      for (let cid = first; cid <= last && cid - first < 0x10000; cid++) widths.set(cid, width);
      i += 3;
    }
  }
  return widths;
}

function codeLength(cmap: ToUnicodeCMap | null, bytes: Uint8Array, at: number, fallback: number) {
  for (const { low, high } of cmap?.spaces ?? []) {
    if (at + low.length > bytes.length) continue;
    let inside = true;
    for (let i = 0; i < low.length && inside; i++) {
      const byte = bytes[at + i] ?? 0;
      inside = byte >= (low[i] ?? 0) && byte <= (high[i] ?? 255);
    }
    if (inside) return low.length;
  }
  return Math.min(fallback, bytes.length - at);
}

function toUnicode(objects: PdfObjects, font: PdfValue): ToUnicodeCMap | null {
  const ref = objects.resolve(font);
  const stream =
    typeof ref === 'object' && ref !== null && ref.kind === 'dict'
      ? ref.entries.get('ToUnicode')
      : undefined;
  if (typeof stream !== 'object' || stream === null || stream.kind !== 'ref') return null;
  const object = objects.get(stream.num);
  const data = object ? objects.decoded(object, true) : null;
  return data === null ? null : readToUnicodeCMap(data);
}

/**
 * A font of a page's resources, read well enough to turn shown strings back into text: a
 * composite (Type0) font such as pdfkit's embedded subsets, with two-byte glyph ids and a
 * /ToUnicode CMap, or a simple font, one byte a code, read as PDFDocEncoding when it has no
 * CMap (near enough to WinAnsi for Latin text).
 */
export function pdfFont(objects: PdfObjects, font: PdfValue): PdfFont {
  const composite = objects.entry(font, 'Subtype');
  const isType0 =
    typeof composite === 'object' && composite?.kind === 'name' && composite.name === 'Type0';
  const cmap = toUnicode(objects, font);
  const descendants = objects.entry(font, 'DescendantFonts');
  const cidFont =
    typeof descendants === 'object' && descendants?.kind === 'array'
      ? (descendants.items[0] ?? null)
      : null;
  const cid = isType0 ? cidWidths(objects, cidFont) : new Map<number, number>();
  const defaultWidth = objects.entry(cidFont, 'DW');
  const firstChar = objects.entry(font, 'FirstChar');
  const simple = numbers(objects, objects.entry(font, 'Widths'));
  const widthOf = (code: number): number => {
    if (isType0) return cid.get(code) ?? (typeof defaultWidth === 'number' ? defaultWidth : 1000);
    return simple[code - (typeof firstChar === 'number' ? firstChar : 0)] ?? 500;
  };
  return {
    glyphs(bytes) {
      const glyphs: Glyph[] = [];
      for (let at = 0; at < bytes.length;) {
        const length = codeLength(cmap, bytes, at, isType0 ? 2 : 1);
        const code = bytes.subarray(at, at + length);
        const value = code.reduce((sum, byte) => sum * 256 + byte, 0);
        const mapped = cmap?.text.get(codeKey(code));
        const text = mapped ?? (isType0 ? '' : pdfTextString(code));
        glyphs.push({ text, width: widthOf(value), space: length === 1 && value === 32 });
        at += Math.max(length, 1);
      }
      return glyphs;
    },
  };
}
