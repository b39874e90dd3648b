import type { Content } from 'pdfmake/interfaces';
import { expect } from 'vitest';

export interface DrawnRow {
  label: string;
  width: number;
  figure: string;
}

/** Every table row of `content` holding a drawn bar: its first cell, the bar's length, its last cell. */
export function drawnRows(content: unknown): DrawnRow[] {
  if (Array.isArray(content)) return content.flatMap(drawnRows);
  if (typeof content !== 'object' || content === null) return [];
  const node = content as Record<string, unknown>;
  const table = node.table as { body?: unknown[][] } | undefined;
  const rows = (table?.body ?? []).flatMap((row) => {
    const bar = row.find((cell) => typeof cell === 'object' && cell !== null && 'canvas' in cell);
    if (bar === undefined) return [];
    const [rect] = (bar as { canvas: { w: number }[] }).canvas;
    const text = (cell: unknown) => String((cell as { text?: unknown }).text);
    return [
      {
        label: text(row[0]),
        width: rect!.w,
        figure: text(row.at(-1) === bar ? row[1] : row.at(-1)),
      },
    ];
  });
  return [
    ...rows,
    ...Object.entries(node)
      .filter(([key]) => key !== 'table')
      .flatMap(([, value]) => drawnRows(value)),
  ];
}

/** The rows drawn under a chart's title, in order. */
export function chartRows(section: Content[], title: string): DrawnRow[] {
  const chart = section
    .flatMap((part) => ('stack' in (part as object) ? [part] : []))
    .find((part) => JSON.stringify(part).includes(title));
  expect(chart, `a chart titled “${title}”`).toBeDefined();
  return drawnRows(chart);
}

/** Bars drawn to one scale: each length over the longest equals its count over the largest. */
export function expectToScale(rows: DrawnRow[], counts: number[]) {
  const longest = Math.max(...rows.map((row) => row.width));
  const largest = Math.max(...counts);
  rows.forEach((row, index) => {
    if (counts[index] === 0) expect(row.width).toBeLessThan(1);
    else expect(row.width / longest).toBeCloseTo(counts[index]! / largest, 6);
  });
}
