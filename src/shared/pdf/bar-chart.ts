import type { Content, TableCell } from 'pdfmake/interfaces';
import { palette } from './pdf-styles';

/** One bar: what it counts, how long it is drawn, and its figure in words beside it. */
export interface Bar {
  label: string;
  value: number;
  /** Printed at the bar's end, so the chart is read without guessing at lengths: "12", "4 h". */
  figure: string;
}

export interface BarChartOptions {
  /** Said above the bars, such as "Comments by topic". */
  title: string;
  labelWidth: number;
  /** The longest bar's length in points; every other is drawn to the same scale. */
  barWidth: number;
  /**
   * What a bar of the full `barWidth` stands for: 1 for shares, so 60% is drawn at 60% of the
   * width; the largest value when not given.
   */
  fullScale?: number;
}

const barHeight = 8;

/** A bar as a vector rectangle: dark ink, so it prints the same in black and white. */
export function barCell(value: number, longest: number, barWidth: number): TableCell {
  const width = longest === 0 ? 0 : (value / longest) * barWidth;
  // A zero is drawn as a hairline on the axis, so "none" reads as a figure, not a gap.
  const drawn = Math.max(width, 0.6);
  return {
    canvas: [{ type: 'rect', x: 0, y: 1.5, w: drawn, h: barHeight, color: palette.ink }],
    margin: [0, 1, 0, 0],
  };
}

/**
 * A horizontal bar chart drawn as vector graphics: each row's label, its bar to one scale from
 * zero, and its figure printed beside it, so what the chart shows is also said in words and
 * survives a black-and-white copier.
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): Content {
  const longest = options.fullScale ?? Math.max(0, ...bars.map((bar) => bar.value));
  return {
    stack: [
      { text: options.title, style: 'tableHeader', margin: [0, 0, 0, 3] },
      {
        table: {
          widths: [options.labelWidth, options.barWidth, 'auto'],
          body: bars.map((bar): TableCell[] => [
            { text: bar.label },
            barCell(bar.value, longest, options.barWidth),
            { text: bar.figure, bold: true },
          ]),
        },
        layout: {
          hLineWidth: () => 0,
          // The axis: bars grow from one line, as a chart's do.
          vLineWidth: (index: number) => (index === 1 ? 0.6 : 0),
          vLineColor: () => palette.muted,
          paddingLeft: (index: number) => (index === 1 ? 0 : 4),
          paddingRight: () => 4,
          paddingTop: () => 1.5,
          paddingBottom: () => 1.5,
        },
        style: 'tableCell',
      },
    ],
    unbreakable: bars.length <= 12,
    margin: [0, 2, 0, 8],
  };
}
