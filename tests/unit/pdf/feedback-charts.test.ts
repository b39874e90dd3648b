import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { CustomerFeedbackContent } from '../../../src/shared/domain/customers/customer-feedback-content';
import { customerFeedbackSection } from '../../../src/shared/pdf/customer-feedback-section';
import { feedbackTerms } from '../../../src/shared/pdf/feedback-section-words';
import { spanishApprovedInput } from '../../fixtures/pdf/pdf-spanish';
import { systemTypeContent } from '../../fixtures/pdf/pdf-system-types';

interface DrawnRow {
  label: string;
  width: number;
  figure: string;
}

/** Every table row of `content` holding a drawn bar: its first cell, the bar's length, its last cell. */
function drawnRows(content: unknown): DrawnRow[] {
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
function chartRows(section: Content[], title: string): DrawnRow[] {
  const chart = section
    .flatMap((part) => ('stack' in (part as object) ? [part] : []))
    .find((part) => JSON.stringify(part).includes(title));
  expect(chart, `a chart titled “${title}”`).toBeDefined();
  return drawnRows(chart);
}

/** Bars drawn to one scale: each length over the longest equals its count over the largest. */
function expectToScale(rows: DrawnRow[], counts: number[]) {
  const longest = Math.max(...rows.map((row) => row.width));
  const largest = Math.max(...counts);
  rows.forEach((row, index) => {
    if (counts[index] === 0) expect(row.width).toBeLessThan(1);
    else expect(row.width / longest).toBeCloseTo(counts[index]! / largest, 6);
  });
}

describe('the charts in “What our customers told us” draw exactly the tallies beside them', () => {
  const english = systemTypeContent('both', true).customerFeedback!;
  const spanish = spanishApprovedInput.content.customerFeedback!;

  it.each([
    ['en', english, 'Overall satisfaction'],
    ['es', spanish, 'Satisfacción general'],
  ] as const)(
    'satisfaction in %s: a bar and its figure for each score, 1 to 5',
    (language, feedback, title) => {
      const rows = chartRows(customerFeedbackSection(4, feedback, 'both', language), title);
      const counts = feedback.tally.satisfaction.distribution;
      expect(rows.map((row) => row.label[0])).toEqual(['1', '2', '3', '4', '5']);
      expect(rows.map((row) => Number(row.figure))).toEqual(counts);
      expectToScale(rows, counts);
    },
  );

  it('comments by topic: each topic’s bar beside its count', () => {
    const section = customerFeedbackSection(4, spanish, 'both', 'en');
    const rows = drawnRows(section).filter((row) =>
      spanish.tally.byTopic.some((topic) => row.figure === String(topic.count)),
    );
    const counts = spanish.tally.byTopic.map((topic) => topic.count);
    expect(rows.length).toBeGreaterThanOrEqual(counts.length);
    expectToScale(rows.slice(0, counts.length), counts);
  });

  it('the median time to respond: each topic’s bar to one scale, its figure in its unit', () => {
    const rows = chartRows(
      customerFeedbackSection(4, spanish, 'both', 'en'),
      'Median time to respond',
    );
    const timed = spanish.complaints.byTopic.filter((row) => row.responded.medianHours !== null);
    // The same figure the table prints beside it, in the log's own precision.
    expect(rows.map((row) => row.figure)).toEqual(
      timed.map((row) =>
        feedbackTerms.en.spanFigure(row.responded.medianHours, row.responded.unit),
      ),
    );
    expectToScale(
      rows,
      timed.map((row) => row.responded.medianHours!),
    );
  });

  it('draws no response chart when some topics count in whole days and others in hours', () => {
    const [first, ...rest] = spanish.complaints.byTopic;
    const mixed: CustomerFeedbackContent = {
      ...spanish,
      complaints: {
        ...spanish.complaints,
        byTopic: [{ ...first!, responded: { ...first!.responded, unit: 'days' } }, ...rest],
      },
    };
    const section = JSON.stringify(customerFeedbackSection(4, mixed, 'both', 'en'));
    expect(section).not.toContain('Median time to respond');
    expect(section).toContain('Median to respond');
  });
});
