import { pdfFont, type PdfFont } from './pdf-font';
import type { PdfObjects } from './pdf-objects';
import { PdfLexer, PdfSyntaxError, type PdfValue } from './pdf-syntax';
import {
  identity,
  initialState,
  moveLine,
  num,
  stateOperators,
  times,
  translate,
  type GraphicsState,
  type Matrix,
} from './text-operators';

/**
 * A piece of text drawn on one baseline without a gap, in page coordinates (points, origin at
 * the bottom left): a word, a line of a paragraph, or one table cell's line. A gap wider than
 * half the type size (between table columns, say) starts a new run.
 */
export interface PdfTextRun {
  text: string;
  /** Where the first glyph starts and the last one ends. */
  x: number;
  right: number;
  /** The baseline. */
  y: number;
  size: number;
}

const maxFormDepth = 4;
// Operators read across all pages, forms included: the 10-page agreement has under 50,000;
// a form drawn a thousand times inside another must not keep us busy for minutes.
const maxOperations = 5_000_000;

/**
 * Reads the text a page's content streams show, in the order they draw it: a line break where
 * the baseline moves, a space where a gap opens between two runs on one line (pdfmake draws
 * each word as its own run, with its trailing space). Enough to find what a page prints, such
 * as the fingerprint on the signature page; not a layout engine. Form XObjects are followed.
 */
export class ContentText {
  private out = '';
  private lastY = Number.NaN;
  private lastEndX = Number.NaN;
  private readonly fonts = new Map<number, PdfFont>();
  private operations = 0;
  /** Each page's runs, in the order they are drawn. */
  readonly pageRuns: PdfTextRun[][] = [];

  constructor(private readonly objects: PdfObjects) {}

  get text(): string {
    return this.out;
  }

  /** Starts a new page: its text is separated from the previous page's by a form feed. */
  newPage(): void {
    if (this.out !== '') this.out += '\f';
    this.pageRuns.push([]);
    this.lastY = Number.NaN;
    this.lastEndX = Number.NaN;
  }

  /** Reads one content stream; what it cannot parse ends that stream, not the page. */
  run(data: Uint8Array, resources: PdfValue, ctm: Matrix = identity, depth = 0): void {
    try {
      this.interpret(new PdfLexer(data, 0, false), resources, ctm, depth);
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
    }
  }

  private interpret(lexer: PdfLexer, resources: PdfValue, ctm: Matrix, depth: number): void {
    const saved: GraphicsState[] = [];
    let state = initialState(ctm);
    let operands: PdfValue[] = [];
    while (!lexer.atEnd()) {
      const token = lexer.read();
      if (typeof token !== 'object' || token === null || token.kind !== 'keyword') {
        operands.push(token);
        continue;
      }
      if (++this.operations > maxOperations) throw new Error('too many operators to read');
      const [a, b, c] = operands;
      const word = token.word;
      stateOperators[word]?.(state, operands);
      if (word === 'q') saved.push({ ...state });
      if (word === 'Q') state = saved.pop() ?? initialState(ctm);
      if (word === 'Tf') Object.assign(state, { font: this.font(resources, a), size: num(b) });
      if (word === 'Tj') this.show(state, a);
      if (word === "'" || word === '"') {
        if (word === '"') Object.assign(state, { wordSpace: num(a), charSpace: num(b) });
        moveLine(state, 0, -state.leading);
        this.show(state, word === '"' ? c : a);
      }
      if (word === 'TJ') this.showArray(state, a);
      if (word === 'Do') this.form(resources, a, state.ctm, depth);
      if (word === 'ID') this.skipInlineImage(lexer);
      operands = [];
    }
  }

  private showArray(state: GraphicsState, array: PdfValue | undefined): void {
    if (typeof array !== 'object' || array === null || array.kind !== 'array') return;
    for (const item of array.items) {
      if (typeof item !== 'number') this.show(state, item);
      else state.tm = times(translate((-item / 1000) * state.size * state.scale, 0), state.tm);
    }
  }

  private show(state: GraphicsState, value: PdfValue | undefined): void {
    if (typeof value !== 'object' || value === null || value.kind !== 'string') return;
    for (const glyph of state.font?.glyphs(value.bytes) ?? []) {
      const at = times(state.tm, state.ctm);
      const width = (glyph.width / 1000) * state.size + state.charSpace;
      const advance = (width + (glyph.space ? state.wordSpace : 0)) * state.scale;
      state.tm = times(translate(advance, 0), state.tm);
      const end = times(state.tm, state.ctm)[4];
      this.place(glyph.text, at, state.size, end);
      this.lastEndX = end;
    }
  }

  private place(text: string, at: Matrix, size: number, end: number): void {
    const height = Math.abs(size * Math.hypot(at[2], at[3])) || 1;
    const [x, y] = [at[4], at[5]];
    this.addToRun(text, x, y, height, end);
    const last = this.out.at(-1) ?? '\f';
    if (!Number.isNaN(this.lastY) && Math.abs(y - this.lastY) > height * 0.5) {
      if (last !== '\n' && last !== '\f') this.out += '\n';
    } else if (x - this.lastEndX > height * 0.15 && !/\s/.test(last) && !/^\s/.test(text)) {
      this.out += ' ';
    }
    this.out += text;
    this.lastY = y;
  }

  private addToRun(text: string, x: number, y: number, height: number, end: number): void {
    const runs = this.pageRuns.at(-1);
    if (runs === undefined) return;
    const run = runs.at(-1);
    const joins =
      run !== undefined &&
      Math.abs(y - run.y) <= height * 0.5 &&
      Math.abs(x - run.right) <= height * 0.5;
    if (joins) {
      run.text += text;
      run.right = end;
    } else {
      runs.push({ text, x, right: end, y, size: height });
    }
  }

  private font(resources: PdfValue, name: PdfValue | undefined): PdfFont | null {
    if (typeof name !== 'object' || name === null || name.kind !== 'name') return null;
    const fonts = this.objects.entry(resources, 'Font');
    const ref =
      typeof fonts === 'object' && fonts?.kind === 'dict'
        ? fonts.entries.get(name.name)
        : undefined;
    if (ref === undefined || ref === null) return null;
    if (typeof ref !== 'object' || ref.kind !== 'ref') return pdfFont(this.objects, ref);
    const font = this.fonts.get(ref.num) ?? pdfFont(this.objects, ref);
    this.fonts.set(ref.num, font);
    return font;
  }

  private form(resources: PdfValue, name: PdfValue | undefined, ctm: Matrix, depth: number) {
    if (depth >= maxFormDepth || typeof name !== 'object' || name?.kind !== 'name') return;
    const xobjects = this.objects.entry(resources, 'XObject');
    const ref =
      typeof xobjects === 'object' && xobjects?.kind === 'dict'
        ? xobjects.entries.get(name.name)
        : undefined;
    if (typeof ref !== 'object' || ref?.kind !== 'ref') return;
    const object = this.objects.get(ref.num);
    const subtype = this.objects.entry(object?.value, 'Subtype');
    if (!object || typeof subtype !== 'object' || subtype?.kind !== 'name') return;
    const data = subtype.name === 'Form' ? this.objects.decoded(object, true) : null;
    if (data === null) return;
    const m = this.objects.entry(object.value, 'Matrix');
    const [a, b, c, d, e, f] = typeof m === 'object' && m?.kind === 'array' ? m.items : [];
    const matrix: Matrix = [num(a ?? 1), num(b), num(c), num(d ?? 1), num(e), num(f)];
    const own = this.objects.entry(object.value, 'Resources');
    this.run(data, own ?? resources, times(matrix, ctm), depth + 1);
  }

  /** Inline image data is binary: skip to the "EI" that ends it (§8.9.7). */
  private skipInlineImage(lexer: PdfLexer): void {
    const { bytes } = lexer;
    const space = (at: number) => [0, 9, 10, 12, 13, 32].includes(bytes[at] ?? 32);
    for (let at = lexer.pos + 1; at + 1 < bytes.length; at++) {
      if (bytes[at] === 0x45 && bytes[at + 1] === 0x49 && space(at - 1) && space(at + 2)) {
        lexer.pos = at + 2;
        return;
      }
    }
    lexer.pos = bytes.length;
  }
}
