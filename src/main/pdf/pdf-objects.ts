import { constants, inflateSync } from 'node:zlib';
import { latin1, PdfLexer, PdfSyntaxError, type PdfDict, type PdfValue } from './pdf-syntax';

/** One indirect object; `data` is a stream's bytes as stored (still compressed). */
export interface PdfObject {
  readonly num: number;
  readonly value: PdfValue;
  readonly data: Uint8Array | null;
}

// (?<!\d) and the digit limits keep a long run of digits from costing quadratic time.
const objectHeader =
  /(?<!\d)(\d{1,10})[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+obj(?![^\0\t\n\f\r ()<>[\]{}/%])/g;
const lengthObject = /^\d+[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+obj[\0\t\n\f\r ]*(\d+)(?![\d.])/;
// A PDF viewer would run out of memory on more; a hostile file must not make us do so.
const maxStreamBytes = 128 * 1024 * 1024;

/**
 * Every object of a PDF found by reading the file from the top, not through its cross-reference
 * table: the table of a damaged or edited file may be wrong, and pdfkit's and qpdf's files
 * list each object once. A stream's data is skipped by its /Length, so bytes inside it that
 * look like "1 0 obj" are not taken for objects. Objects packed in object streams (/ObjStm)
 * are unpacked. Where a number is used twice (incremental updates), the later one counts.
 */
export class PdfObjects {
  private readonly objects = new Map<number, PdfObject>();
  private readonly candidates = new Map<number, number[]>();
  private readonly text: string;
  private lastXRef: PdfDict | null = null;
  readonly trailer: PdfDict | null;

  constructor(private readonly bytes: Uint8Array) {
    this.text = latin1(bytes);
    const headers = [...this.text.matchAll(objectHeader)];
    for (const header of headers) {
      const num = Number(header[1]);
      const positions = this.candidates.get(num) ?? [];
      positions.push(header.index);
      this.candidates.set(num, positions);
    }
    let cursor = 0;
    // A header inside binary data may start a bogus object that reads far before it fails; a
    // file made of such headers must not keep us busy for minutes.
    let budget = 8 * bytes.length + 1_000_000;
    for (const header of headers) {
      if (header.index < cursor) continue;
      const start = header.index + header[0].length;
      const { end, reached } = this.readObject(Number(header[1]), start);
      budget -= reached - start;
      if (budget < 0) throw new PdfSyntaxError('too many damaged objects');
      if (end !== null) cursor = end;
    }
    this.trailer = this.readTrailer() ?? this.lastXRef;
  }

  get(num: number): PdfObject | undefined {
    return this.objects.get(num);
  }

  all(): PdfObject[] {
    return [...this.objects.values()];
  }

  /** The value itself, or the object a reference points at (null when there is none). */
  resolve(value: PdfValue | undefined): PdfValue {
    let current = value ?? null;
    for (let hops = 0; hops < 32; hops++) {
      if (typeof current !== 'object' || current === null || current.kind !== 'ref') {
        return current;
      }
      current = this.objects.get(current.num)?.value ?? null;
    }
    return null;
  }

  /** `key` of a dictionary, references followed. */
  entry(dict: PdfValue | undefined, key: string): PdfValue {
    const resolved = this.resolve(dict);
    if (typeof resolved !== 'object' || resolved === null || resolved.kind !== 'dict') return null;
    return this.resolve(resolved.entries.get(key));
  }

  /**
   * A stream's bytes with its filters undone: none, or FlateDecode without a predictor (what
   * pdfkit and qpdf write). `tolerant` reads what it can of a cut-off stream (page text);
   * otherwise damaged data gives null (attachments must come out exactly or not at all).
   */
  decoded(object: PdfObject, tolerant: boolean): Uint8Array | null {
    if (object.data === null) return null;
    const filter = this.entry(object.value, 'Filter');
    const names = filter !== null && typeof filter === 'object' && filter.kind === 'array';
    const filters = names ? filter.items.map((item) => this.resolve(item)) : [filter];
    let data = object.data;
    for (const step of filters) {
      if (step === null) continue;
      if (typeof step !== 'object' || step.kind !== 'name') return null;
      if (step.name !== 'FlateDecode' && step.name !== 'Fl') return null;
      const predictor = this.entry(this.entry(object.value, 'DecodeParms'), 'Predictor');
      if (typeof predictor === 'number' && predictor > 1) return null;
      try {
        data = inflateSync(data, {
          maxOutputLength: maxStreamBytes,
          ...(tolerant ? { finishFlush: constants.Z_SYNC_FLUSH } : {}),
        });
      } catch {
        return null;
      }
    }
    return data;
  }

  /**
   * Reads the object whose body starts at `pos`: `end` is where it ends (null if it is not an
   * object after all), `reached` how far reading it went.
   */
  private readObject(num: number, pos: number): { end: number | null; reached: number } {
    const lexer = new PdfLexer(this.bytes, pos, true);
    try {
      const value = lexer.read();
      lexer.skipSpace();
      if (!lexer.peekText(6).startsWith('stream')) {
        this.objects.set(num, { num, value, data: null });
        return { end: lexer.pos, reached: lexer.pos };
      }
      if (typeof value !== 'object' || value?.kind !== 'dict') {
        return { end: null, reached: lexer.pos };
      }
      const range = this.streamRange(value, lexer.pos + 'stream'.length);
      // No end found: the search for "endstream" went to the end of the file.
      if (range === null) return { end: null, reached: this.bytes.length };
      const object = { num, value, data: this.bytes.subarray(range.start, range.end) };
      this.objects.set(num, object);
      if (value.entries.get('Type') !== undefined) this.noteSpecial(object, value);
      return { end: range.after, reached: range.after };
    } catch (error) {
      if (error instanceof PdfSyntaxError) return { end: null, reached: lexer.pos };
      throw error;
    }
  }

  private noteSpecial(object: PdfObject, dict: PdfDict): void {
    const type = this.resolve(dict.entries.get('Type'));
    if (typeof type !== 'object' || type === null || type.kind !== 'name') return;
    if (type.name === 'XRef') this.lastXRef = dict;
    if (type.name === 'ObjStm') this.unpack(object);
  }

  /** Where a stream's data lies: by its /Length when "endstream" follows it, else by search. */
  private streamRange(dict: PdfDict, afterKeyword: number) {
    const { bytes, text } = this;
    let start = afterKeyword;
    if (bytes[start] === 13) start++;
    if (bytes[start] === 10) start++;
    const length = this.lengthOf(dict.entries.get('Length'));
    if (length !== null && start + length <= bytes.length) {
      const tail = /^[\0\t\n\f\r ]*endstream/.exec(text.slice(start + length, start + length + 32));
      if (tail !== null)
        return { start, end: start + length, after: start + length + tail[0].length };
    }
    const found = text.indexOf('endstream', start);
    if (found < 0) return null;
    let end = found;
    if (bytes[end - 1] === 10) end--;
    if (bytes[end - 1] === 13) end--;
    return { start, end: Math.max(start, end), after: found + 'endstream'.length };
  }

  /** /Length, direct or an indirect number found ahead of time among the object headers. */
  private lengthOf(value: PdfValue | undefined): number | null {
    if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
    if (typeof value !== 'object' || value === null || value.kind !== 'ref') return null;
    const known = this.objects.get(value.num)?.value;
    if (typeof known === 'number') return known;
    const positions = (this.candidates.get(value.num) ?? []).slice().reverse();
    for (const position of positions) {
      const number = lengthObject.exec(this.text.slice(position, position + 64));
      if (number !== null) return Number(number[1]);
    }
    return null;
  }

  /** Adds the objects an object stream holds (§7.5.7). */
  private unpack(container: PdfObject): void {
    const data = this.decoded(container, false);
    const count = this.entry(container.value, 'N');
    const first = this.entry(container.value, 'First');
    if (data === null || typeof count !== 'number' || typeof first !== 'number') return;
    try {
      const header = new PdfLexer(data, 0, false);
      const offsets: [number, number][] = [];
      for (let i = 0; i < count; i++) {
        const num = header.read();
        const offset = header.read();
        if (typeof num !== 'number' || typeof offset !== 'number') return;
        offsets.push([num, offset]);
      }
      for (const [num, offset] of offsets) {
        const value = new PdfLexer(data, first + offset, true).read();
        this.objects.set(num, { num, value, data: null });
      }
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
    }
  }

  private readTrailer(): PdfDict | null {
    const at = this.text.lastIndexOf('trailer');
    if (at < 0) return null;
    try {
      const value = new PdfLexer(this.bytes, at + 'trailer'.length, true).read();
      return typeof value === 'object' && value !== null && value.kind === 'dict' ? value : null;
    } catch {
      return null;
    }
  }
}
