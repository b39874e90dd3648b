/** A PDF value as read from the file (ISO 32000 §7.3); `keyword` is an operator or keyword. */
export type PdfValue =
  | null
  | boolean
  | number
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'string'; readonly bytes: Uint8Array }
  | { readonly kind: 'ref'; readonly num: number; readonly gen: number }
  | { readonly kind: 'array'; readonly items: readonly PdfValue[] }
  | { readonly kind: 'dict'; readonly entries: ReadonlyMap<string, PdfValue> }
  | { readonly kind: 'keyword'; readonly word: string };

export type PdfDict = Extract<PdfValue, { kind: 'dict' }>;

/** The file is not PDF syntax where it should be: the caller reports the file as unreadable. */
export class PdfSyntaxError extends Error {}

const whitespace = new Set([0, 9, 10, 12, 13, 32]);
const delimiters = new Set([...'()<>[]{}/%'].map((char) => char.charCodeAt(0)));
const maxDepth = 64;

const code = (char: string): number => char.charCodeAt(0);
const escapes: Readonly<Record<number, number>> = {
  [code('n')]: 10,
  [code('r')]: 13,
  [code('t')]: 9,
  [code('b')]: 8,
  [code('f')]: 12,
};

/** Bytes as Latin-1 text, one character a byte (in slices: a spread of millions overflows). */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

function isRegular(byte: number): boolean {
  return !whitespace.has(byte) && !delimiters.has(byte);
}

function hexDigit(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  const lower = byte | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * Reads PDF values one after another from `bytes`, starting at `pos`. `refs` turns "12 0 R"
 * into a reference (object syntax); content streams have no references.
 */
export class PdfLexer {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start: number,
    private readonly refs: boolean,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const { bytes } = this;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos] ?? 0;
      if (whitespace.has(byte)) this.pos++;
      else if (byte === code('%')) {
        while (this.pos < bytes.length && bytes[this.pos] !== 10 && bytes[this.pos] !== 13) {
          this.pos++;
        }
      } else return;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.bytes.length;
  }

  /** The next value, or a keyword; throws PdfSyntaxError at the end of the bytes. */
  read(depth = 0): PdfValue {
    if (depth > maxDepth) throw new PdfSyntaxError('objects nested too deeply');
    this.skipSpace();
    const { bytes } = this;
    const byte = bytes[this.pos];
    if (byte === undefined) throw new PdfSyntaxError('unexpected end of data');
    if (byte === code('/')) return { kind: 'name', name: this.readName() };
    if (byte === code('(')) return { kind: 'string', bytes: this.readLiteral() };
    if (byte === code('<') && bytes[this.pos + 1] === code('<')) return this.readDict(depth);
    if (byte === code('<')) return { kind: 'string', bytes: this.readHex() };
    if (byte === code('[')) return this.readArray(depth);
    if (byte === code(']') || byte === code('>') || byte === code(')')) {
      throw new PdfSyntaxError(`unexpected "${String.fromCharCode(byte)}"`);
    }
    if (byte === code('{') || byte === code('}')) {
      this.pos++;
      return { kind: 'keyword', word: String.fromCharCode(byte) };
    }
    const start = this.pos;
    while (this.pos < bytes.length && isRegular(bytes[this.pos] ?? 0)) this.pos++;
    const word = latin1(bytes.subarray(start, this.pos));
    // Length first: the pattern backtracks quadratically on a long run of digits.
    if (word.length <= 32 && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      return this.numberOrRef(Number(word));
    }
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { kind: 'keyword', word };
  }

  private numberOrRef(value: number): PdfValue {
    if (!this.refs || !Number.isInteger(value) || value < 0) return value;
    const after = this.pos;
    const gen = /^\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/.exec(this.peekText(32));
    if (gen === null) return value;
    this.pos = after + gen[0].length;
    return { kind: 'ref', num: value, gen: Number(gen[1]) };
  }

  /** Up to `length` bytes from here as Latin-1 text, for matching keywords. */
  peekText(length: number): string {
    return latin1(this.bytes.subarray(this.pos, this.pos + length));
  }

  private readName(): string {
    const { bytes } = this;
    const out: number[] = [];
    this.pos++;
    while (this.pos < bytes.length && isRegular(bytes[this.pos] ?? 0)) {
      const byte = bytes[this.pos++] ?? 0;
      const high = hexDigit(bytes[this.pos] ?? 0);
      const low = hexDigit(bytes[this.pos + 1] ?? 0);
      if (byte === code('#') && high >= 0 && low >= 0) {
        out.push(high * 16 + low);
        this.pos += 2;
      } else out.push(byte);
    }
    return new TextDecoder('utf-8').decode(new Uint8Array(out));
  }

  private readLiteral(): Uint8Array {
    const { bytes } = this;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos++] ?? 0;
      if (byte === code('(')) depth++;
      if (byte === code(')') && --depth === 0) return new Uint8Array(out);
      if (byte === 13) {
        // An unescaped end of line is a line feed, whichever it was (§7.3.4.2).
        if (bytes[this.pos] === 10) this.pos++;
        out.push(10);
      } else if (byte === code('\\')) this.readEscape(out);
      else out.push(byte);
    }
    throw new PdfSyntaxError('unterminated string');
  }

  private readEscape(out: number[]): void {
    const { bytes } = this;
    const next = bytes[this.pos++] ?? 0;
    if (next >= 48 && next <= 55) {
      let value = next - 48;
      for (let digits = 1; digits < 3; digits++) {
        const digit = bytes[this.pos] ?? 0;
        if (digit < 48 || digit > 55) break;
        value = value * 8 + digit - 48;
        this.pos++;
      }
      out.push(value & 0xff);
    } else if (next === 13 || next === 10) {
      if (next === 13 && bytes[this.pos] === 10) this.pos++;
    } else out.push(escapes[next] ?? next);
  }

  private readHex(): Uint8Array {
    const { bytes } = this;
    const digits: number[] = [];
    this.pos++;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos++] ?? 0;
      if (byte === code('>')) {
        if (digits.length % 2 === 1) digits.push(0);
        const out = new Uint8Array(digits.length / 2);
        for (let i = 0; i < out.length; i++)
          out[i] = (digits[2 * i] ?? 0) * 16 + (digits[2 * i + 1] ?? 0);
        return out;
      }
      const digit = hexDigit(byte);
      if (digit >= 0) digits.push(digit);
      else if (!whitespace.has(byte)) throw new PdfSyntaxError('bad hex string');
    }
    throw new PdfSyntaxError('unterminated hex string');
  }

  private readArray(depth: number): PdfValue {
    const items: PdfValue[] = [];
    this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === code(']')) {
        this.pos++;
        return { kind: 'array', items };
      }
      items.push(this.read(depth + 1));
    }
  }

  private readDict(depth: number): PdfValue {
    const entries = new Map<string, PdfValue>();
    this.pos += 2;
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === code('>') && this.bytes[this.pos + 1] === code('>')) {
        this.pos += 2;
        return { kind: 'dict', entries };
      }
      const key = this.read(depth + 1);
      if (typeof key !== 'object' || key === null || key.kind !== 'name') {
        throw new PdfSyntaxError('dictionary key is not a name');
      }
      entries.set(key.name, this.read(depth + 1));
    }
  }
}
