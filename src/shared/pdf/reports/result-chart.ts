import type { CanvasElement } from 'pdfmake/interfaces';
import { palette } from '../pdf-styles';

export interface ChartSize {
  width: number;
  height: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

/** Where each result and each target line falls on a small chart, and the scale it spans. */
export interface ChartLayout {
  points: ChartPoint[];
  /** The y of each dashed target line (two for a range). */
  targetYs: number[];
  low: number;
  high: number;
  size: ChartSize;
}

/** More results than this are drawn as a line with only the misses marked. */
export const manyPoints = 40;

/** Room kept above and below the values, so a point never sits on the frame. */
const inset = 9;

/**
 * Results in order from left to right against a vertical scale that holds every result and the
 * target: the higher the value, the higher the point, whatever the goal's direction.
 */
export function chartLayout(
  values: readonly number[],
  targets: readonly number[],
  size: ChartSize,
): ChartLayout {
  const all = [...values, ...targets];
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  const yOf = (value: number) =>
    inset + ((high - value) / (high - low)) * (size.height - 2 * inset);
  const step = values.length > 1 ? (size.width - 2 * inset) / (values.length - 1) : 0;
  const points = values.map((value, index) => ({
    x: values.length > 1 ? inset + index * step : size.width / 2,
    y: yOf(value),
    value,
  }));
  return { points, targetYs: targets.map(yOf), low, high, size };
}

/**
 * The chart as vector lines for black-and-white paper: a frame, the target as a dashed line,
 * the results joined by a thin line, each a filled dot when it kept the target and a hollow one
 * when it missed (a square when there is no target to judge it by).
 */
export function chartCanvas(
  layout: ChartLayout,
  judged: readonly (boolean | null)[],
): CanvasElement[] {
  const { width, height } = layout.size;
  const frame: CanvasElement = {
    type: 'rect',
    x: 0,
    y: 0,
    w: width,
    h: height,
    lineWidth: 0.6,
    lineColor: palette.rule,
  };
  const targets: CanvasElement[] = layout.targetYs.map((y) => ({
    type: 'line',
    x1: 0,
    y1: y,
    x2: width,
    y2: y,
    lineWidth: 1,
    lineColor: palette.ink,
    dash: { length: 4, space: 3 },
  }));
  const joined: CanvasElement[] =
    layout.points.length > 1
      ? [{ type: 'polyline', points: layout.points, lineWidth: 0.8, lineColor: palette.muted }]
      : [];
  // With many results (a daily goal's year) the line carries them, and only misses are marked.
  const many = layout.points.length > manyPoints;
  const radius = many ? 1.6 : 3;
  const dots: CanvasElement[] = layout.points.flatMap(({ x, y }, index): CanvasElement[] => {
    const meets = judged[index] ?? null;
    if (many && meets !== false) return [];
    if (meets === null) {
      const side = 2 * radius;
      const square = { x: x - radius, y: y - radius, w: side, h: side };
      return [{ type: 'rect', ...square, lineWidth: 0.9, lineColor: palette.ink }];
    }
    const fill = meets ? palette.ink : '#ffffff';
    return [
      {
        type: 'ellipse',
        x,
        y,
        r1: radius,
        r2: radius,
        lineWidth: 0.9,
        lineColor: palette.ink,
        color: fill,
      },
    ];
  });
  return [frame, ...targets, ...joined, ...dots];
}
