import { PdfLexer, type PdfValue } from './pdf-syntax';
import { utf16be } from './pdf-text-string';

/** A font's /ToUnicode CMap: which byte sequences are codes, and the text of each code. */
export interface ToUnicodeCMap {
  /** Code space ranges: a code is `low.length` bytes, each within [low[i], high[i]]. */
  readonly spaces: readonly { readonly low: Uint8Array; readonly high: Uint8Array }[];
  /** Keyed by codeKey(bytes). */
  readonly text: ReadonlyMap<string, string>;
}

/** A code's key in the map: its length and value, so <0041> and <41> stay apart. */
export function codeKey(bytes: Uint8Array): string {
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return `${bytes.length}:${value}`;
}

// pdfkit writes one range a font; a hostile file must not make a map of billions.
const maxRange = 0x10000;
const maxCodes = 0x40000;

function asBytes(value: PdfValue): Uint8Array | null {
  return typeof value === 'object' && value !== null && value.kind === 'string'
    ? value.bytes
    : null;
}

function plus(bytes: Uint8Array, step: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  let carry = step;
  for (let i = out.length - 1; i >= 0 && carry > 0; i--) {
    const sum = (out[i] ?? 0) + carry;
    out[i] = sum % 256;
    carry = Math.floor(sum / 256);
  }
  return out;
}

function valueOf(bytes: Uint8Array): number {
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

/** Values up to `end`, a keyword such as "endbfchar". */
function until(lexer: PdfLexer, end: string): PdfValue[] {
  const values: PdfValue[] = [];
  while (!lexer.atEnd()) {
    const value = lexer.read();
    if (typeof value === 'object' && value !== null && value.kind === 'keyword') {
      if (value.word === end) break;
      continue;
    }
    values.push(value);
  }
  return values;
}

function addRange(
  text: Map<string, string>,
  low: Uint8Array,
  high: Uint8Array,
  target: PdfValue,
): void {
  const count = Math.min(valueOf(high) - valueOf(low) + 1, maxRange);
  const list = typeof target === 'object' && target !== null && target.kind === 'array';
  const start = asBytes(target);
  for (let step = 0; step < count && text.size < maxCodes; step++) {
    const item = list ? asBytes(target.items[step] ?? null) : start && plus(start, step);
    if (item !== null) text.set(codeKey(plus(low, step)), utf16be(item));
  }
}

/** Reads the parts of a ToUnicode CMap that map codes to text (ISO 32000 §9.10.3). */
export function readToUnicodeCMap(data: Uint8Array): ToUnicodeCMap {
  const spaces: { low: Uint8Array; high: Uint8Array }[] = [];
  const text = new Map<string, string>();
  const lexer = new PdfLexer(data, 0, false);
  while (!lexer.atEnd()) {
    const token = lexer.read();
    if (typeof token !== 'object' || token === null || token.kind !== 'keyword') continue;
    if (token.word === 'begincodespacerange') {
      const values = until(lexer, 'endcodespacerange').map(asBytes);
      for (let i = 0; i + 1 < values.length; i += 2) {
        const [low, high] = [values[i], values[i + 1]];
        if (low && high && low.length === high.length) spaces.push({ low, high });
      }
    } else if (token.word === 'beginbfchar') {
      const values = until(lexer, 'endbfchar');
      for (let i = 0; i + 1 < values.length; i += 2) {
        const [code, target] = [asBytes(values[i] ?? null), asBytes(values[i + 1] ?? null)];
        if (code && target) text.set(codeKey(code), utf16be(target));
      }
    } else if (token.word === 'beginbfrange') {
      const values = until(lexer, 'endbfrange');
      for (let i = 0; i + 2 < values.length; i += 3) {
        const [low, high] = [asBytes(values[i] ?? null), asBytes(values[i + 1] ?? null)];
        if (low && high) addRange(text, low, high, values[i + 2] ?? null);
      }
    }
  }
  spaces.sort((a, b) => a.low.length - b.low.length);
  return { spaces, text };
}
