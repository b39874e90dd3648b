import type { PdfFont } from './pdf-font';
import type { PdfValue } from './pdf-syntax';

export type Matrix = readonly [number, number, number, number, number, number];
export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n, both as PDF writes them ([a b c d e f], row vectors). */
export function times(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];

/** The parts of the graphics state text extraction follows (ISO 32000 §8.4, §9.3). */
export interface GraphicsState {
  ctm: Matrix;
  tm: Matrix;
  tlm: Matrix;
  font: PdfFont | null;
  size: number;
  charSpace: number;
  wordSpace: number;
  scale: number;
  leading: number;
}

export function initialState(ctm: Matrix): GraphicsState {
  return {
    ctm,
    tm: identity,
    tlm: identity,
    font: null,
    size: 0,
    charSpace: 0,
    wordSpace: 0,
    scale: 1,
    leading: 0,
  };
}

export const num = (value: PdfValue | undefined): number => (typeof value === 'number' ? value : 0);

function matrixOf(operands: readonly PdfValue[]): Matrix {
  const [a, b, c, d, e, f] = operands;
  return [num(a), num(b), num(c), num(d), num(e), num(f)];
}

/** Td: a new line, offset from the start of the current one. */
export function moveLine(state: GraphicsState, x: number, y: number): void {
  state.tlm = times(translate(x, y), state.tlm);
  state.tm = state.tlm;
}

/** The operators that only change the state; showing text and q/Q are the caller's. */
export const stateOperators: Readonly<
  Record<string, (state: GraphicsState, operands: readonly PdfValue[]) => void>
> = {
  cm: (state, operands) => {
    state.ctm = times(matrixOf(operands), state.ctm);
  },
  BT: (state) => Object.assign(state, { tm: identity, tlm: identity }),
  Tc: (state, [a]) => Object.assign(state, { charSpace: num(a) }),
  Tw: (state, [a]) => Object.assign(state, { wordSpace: num(a) }),
  Tz: (state, [a]) => Object.assign(state, { scale: num(a) / 100 }),
  TL: (state, [a]) => Object.assign(state, { leading: num(a) }),
  Td: (state, [a, b]) => moveLine(state, num(a), num(b)),
  TD: (state, [a, b]) => {
    state.leading = -num(b);
    moveLine(state, num(a), num(b));
  },
  Tm: (state, operands) =>
    Object.assign(state, { tm: matrixOf(operands), tlm: matrixOf(operands) }),
  'T*': (state) => moveLine(state, 0, -state.leading),
};
