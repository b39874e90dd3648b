import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { palette } from '../pdf-styles';

/**
 * A tick or a cross drawn as lines: the bundled Roboto has no ✓ or ✗, and a drawn mark stays
 * sharp at any size and through a photocopier. Always printed beside its word, never alone.
 */
export type MarkKind = 'tick' | 'cross' | 'dash';

export function markLines(kind: MarkKind, size: number, lineWidth: number): CanvasElement[] {
  const line = { lineWidth, lineColor: palette.ink, lineCap: 'round' as const };
  if (kind === 'tick') {
    return [
      {
        type: 'polyline',
        points: [
          { x: size * 0.08, y: size * 0.55 },
          { x: size * 0.38, y: size * 0.88 },
          { x: size * 0.94, y: size * 0.12 },
        ],
        ...line,
      },
    ];
  }
  if (kind === 'cross') {
    return [
      { type: 'line', x1: size * 0.12, y1: size * 0.12, x2: size * 0.88, y2: size * 0.88, ...line },
      { type: 'line', x1: size * 0.88, y1: size * 0.12, x2: size * 0.12, y2: size * 0.88, ...line },
    ];
  }
  return [{ type: 'line', x1: size * 0.15, y1: size / 2, x2: size * 0.85, y2: size / 2, ...line }];
}

/** A small mark followed by its words, on one line: "✓ Met". */
export function markedWords(kind: MarkKind, words: string, size = 9): Content {
  return {
    columns: [
      { width: size + 2, canvas: markLines(kind, size, 1.4), margin: [0, 1.5, 0, 0] },
      { width: '*', text: words, bold: true },
    ],
    columnGap: 3,
  };
}
