import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { boardReportDocument } from '../../../src/shared/pdf/reports/board-report-document';
import { reportCardDocument } from '../../../src/shared/pdf/reports/report-card-document';
import { monthlyGoal, result, sampleView } from './report-sample';

/** Every canvas in a document, in the order printed. */
function canvases(node: unknown): CanvasElement[][] {
  if (Array.isArray(node)) return node.flatMap(canvases);
  if (node === null || typeof node !== 'object') return [];
  const found = 'canvas' in node ? [node.canvas as CanvasElement[]] : [];
  return [...found, ...Object.values(node).flatMap(canvases)];
}

/** The text a document prints, as one string (its user text and fixed words). */
function words(content: Content): string {
  return JSON.stringify(content)
    .match(/"text":"[^"]*"/g)!
    .map((part) => part.slice(8, -1))
    .join(' ');
}

describe('the board report for a goal measured by the day', () => {
  it('counts a quarter of daily results and lists only the misses, not a page per month', () => {
    const days = Array.from({ length: 92 }, (_, index) => {
      const day = new Date(Date.UTC(2027, 9, 1 + index)).toISOString().slice(0, 10);
      return result('calls', day, day === '2027-10-05' || day === '2027-12-24' ? 11 : 4);
    });
    const calls = monthlyGoal({
      id: 'calls',
      number: 1,
      statement: 'Every call answered the same day',
      frequency: 'daily',
      periodKind: 'day',
      actuals: days,
    });
    const doc = boardReportDocument({
      utility: 'Mesa',
      view: sampleView([calls]),
      period: { kind: 'quarter', key: '2027-Q4' },
    });
    const printed = words(doc.content);
    expect(printed).toContain(
      '92 results: 90 kept the target, 2 missed it. Every result is in the spreadsheet export.',
    );
    expect(printed).toContain(
      'The misses: October 5, 2027: 11 hours; December 24, 2027: 11 hours.',
    );
    expect(printed).not.toContain('October 6, 2027');
  });
});

describe('the board report chart', () => {
  it('puts each result at its value on the printed scale, and the target dashed between', () => {
    const breaks = monthlyGoal({
      id: 'breaks',
      number: 1,
      statement: 'Few breaks',
      actuals: [
        result('breaks', '2027-10', 6),
        result('breaks', '2027-11', 12),
        result('breaks', '2027-12', 9),
      ],
    });
    const doc = boardReportDocument({
      utility: 'Mesa',
      view: sampleView([breaks]),
      period: { kind: 'quarter', key: '2027-Q4' },
    });
    const chart = canvases(doc.content).find((canvas) =>
      canvas.some((item) => item.type === 'ellipse'),
    );
    if (!chart) throw new Error('The goal has a chart.');
    // Scale 6 to 12 (the results span the target 8) over 64 points less 9 at top and bottom.
    const dots = chart.filter((item) => item.type === 'ellipse');
    expect(dots.map((dot) => ('y' in dot ? dot.y : null))).toEqual([55, 9, 32]);
    const valueAt = (y: number) => 12 - ((y - 9) / 46) * 6;
    expect(dots.map((dot) => ('y' in dot ? valueAt(dot.y) : null))).toEqual([6, 12, 9]);
    // Kept (6) filled, missed (12 and 9) hollow.
    expect(dots.map((dot) => ('color' in dot ? dot.color : null))).toEqual([
      '#1f2933',
      '#ffffff',
      '#ffffff',
    ]);
    const target = chart.find((item) => item.type === 'line' && 'dash' in item && item.dash);
    expect(target && 'y1' in target ? valueAt(target.y1) : null).toBeCloseTo(8, 10);
    expect(words(doc.content)).toContain(
      'Chart scale: 6 hours at the bottom to 12 hours at the top.',
    );
  });
});

describe('the report card of a sewer district', () => {
  it.each(['en', 'es'] as const)('never speaks of water in %s', (language) => {
    const doc = reportCardDocument({
      utility: 'Valle Sewer District',
      systemType: 'wastewater',
      view: sampleView([
        monthlyGoal({
          id: 'backup',
          number: 1,
          statement: 'Backups cleaned up fast',
          actuals: [result('backup', '2027-08', 9)],
        }),
      ]),
      year: 2027,
      language,
      followUps: new Map([['backup', 'A second crew on call.']]),
    });
    const text = words(doc.content);
    expect(text).toContain(language === 'en' ? 'sewer service' : 'servicio de drenaje');
    expect(text).toContain('A second crew on call.');
    expect(text.toLowerCase()).not.toMatch(/water|agua|tap|llave/);
  });
});
