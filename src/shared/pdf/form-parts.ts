import type { Content, ContentCanvas, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { palette } from './pdf-styles';

/*
 * The pieces of a paper form filled in with a pen: boxes to tick, lines to write on. Roboto has
 * no ☐ glyph, so boxes are drawn; every piece is built fresh because pdfmake writes layout
 * state into the nodes it is given.
 */

/** An empty box to tick, `size` points square, nudged down to sit on the text's line. */
export function tickBox(size = 10, offsetX = 0, offsetY = 1.5): ContentCanvas {
  return {
    canvas: [
      {
        type: 'rect',
        x: offsetX,
        y: offsetY,
        w: size,
        h: size,
        lineWidth: 0.9,
        lineColor: palette.ink,
      },
    ],
  };
}

/** A box centred in a table column `columnWidth` points wide (the cells have no side padding). */
export function centredBox(columnWidth: number, size = 10): ContentCanvas {
  return tickBox(size, Math.max(0, (columnWidth - size) / 2));
}

/** A line to write on, `width` points long. */
export function writeLine(width: number, offsetY = 12): ContentCanvas {
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: offsetY,
        x2: width,
        y2: offsetY,
        lineWidth: 0.6,
        lineColor: palette.muted,
      },
    ],
  };
}

/** Ruled lines for a handwritten answer, `gap` points apart (a pen needs about 22). */
export function writingLines(count: number, width: number, gap = 22): ContentCanvas {
  return {
    canvas: Array.from({ length: count }, (_, index) => ({
      type: 'line' as const,
      x1: 0,
      y1: gap * (index + 1),
      x2: width,
      y2: gap * (index + 1),
      lineWidth: 0.6,
      lineColor: palette.rule,
    })),
  };
}

/** A label followed by a line to write on: "Where: ________". */
export function labelledLine(label: string, lineWidth: number): Content {
  return {
    columns: [
      { text: label, width: 'auto', margin: [0, 2, 4, 0] },
      { ...writeLine(lineWidth, 13), width: lineWidth },
    ],
    columnGap: 0,
  };
}

export const noLines: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 2,
  paddingBottom: () => 3,
};

/**
 * Answer choices laid out in `columns` even columns, each a box and its label, filling rows
 * left to right. Even columns keep the boxes in a straight line down the card. `dense` rows
 * sit closer together, for a card with more questions than usual.
 */
export function choiceGrid(
  labels: string[],
  columns: number,
  options: { boxSize?: number; dense?: boolean } = {},
): Content {
  const { boxSize = 10, dense = false } = options;
  const rows: TableCell[][] = [];
  for (let start = 0; start < labels.length; start += columns) {
    const row: TableCell[] = [];
    for (let column = 0; column < columns; column++) {
      const label = labels[start + column];
      if (label === undefined) row.push({ text: '' }, { text: '' });
      // A bigger box (for a written number) puts its label level with the box's middle.
      else row.push(tickBox(boxSize), { text: label, margin: [0, 1 + (boxSize - 10) / 2, 8, 0] });
    }
    rows.push(row);
  }
  const widths = Array.from({ length: columns }, () => [boxSize + 6, '*']).flat();
  const layout = dense ? { ...noLines, paddingTop: () => 1, paddingBottom: () => 1.5 } : noLines;
  return { table: { widths, body: rows }, layout, margin: [20, 0, 0, 0] };
}

/**
 * A 1-to-N scale on one line: a box and its number in each of N even columns, with the words
 * for the ends (and the middle) under their boxes.
 */
export function scaleRow(captions: string[]): Content {
  const cells: TableCell[] = captions.map((caption, index) => ({
    stack: [
      {
        columns: [
          { ...tickBox(), width: 16 },
          { text: String(index + 1), width: 'auto', bold: true, margin: [0, 1, 0, 0] },
        ],
      },
      { text: caption, style: 'small', margin: [0, 1, 0, 0] },
    ],
  }));
  return {
    table: { widths: captions.map(() => '*'), body: [cells] },
    layout: noLines,
    margin: [20, 0, 0, 0],
  };
}

/**
 * A grid question: one row per item, one column of boxes per answer, the answers named once
 * at the top. `unbreakable` only when the rows are known to fit on a page.
 */
export function answerGrid(input: {
  items: Content[];
  answers: string[];
  answerWidth: number;
  itemHeader?: string;
  /** Rows closer together, for a card with more questions than usual. */
  dense?: boolean;
}): Content {
  const { items, answers, answerWidth } = input;
  const [top, bottom] = input.dense === true ? [1.5, 1] : [3, 2.5];
  const header: TableCell[] = [
    { text: input.itemHeader ?? '', style: 'formHeader', alignment: 'left' },
    ...answers.map((answer) => ({
      text: answer,
      style: 'formHeader',
      alignment: 'center' as const,
    })),
  ];
  const body = items.map((item): TableCell[] => [
    item,
    ...answers.map(() => centredBox(answerWidth)),
  ]);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', ...answers.map(() => answerWidth)],
      body: [header, ...body],
    },
    layout: {
      hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
        index === 0 || index === node.table.body.length ? 0 : index === 1 ? 0.8 : 0.4,
      vLineWidth: () => 0,
      hLineColor: (index: number) => (index === 1 ? palette.accent : palette.rule),
      fillColor: (row: number) => (row > 0 && row % 2 === 0 ? palette.band : null),
      paddingLeft: (column: number) => (column === 0 ? 4 : 0),
      paddingRight: (column: number) => (column === 0 ? 6 : 0),
      paddingTop: () => top,
      paddingBottom: () => bottom,
    },
    margin: [20, 0, 0, 0],
  };
}
