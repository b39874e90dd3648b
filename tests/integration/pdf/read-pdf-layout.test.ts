import { describe, expect, it } from 'vitest';
import { readPdfLayout } from '../../../src/main/pdf/read-pdf-layout';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { handmadePdf } from './handmade-pdf';

// Roboto's ascender: pdfmake puts a line's baseline this far below the line's top.
const ascender = 1900 / 2048;

describe('readPdfLayout', () => {
  it('gives each page’s size and where each piece of text stands on it', async () => {
    const bytes = await renderPdf({
      pageSize: 'LETTER',
      pageMargins: [72, 72, 72, 72],
      defaultStyle: { fontSize: 10 },
      content: [
        { text: 'Top left', absolutePosition: { x: 72, y: 72 } },
        { text: 'Far right', absolutePosition: { x: 400, y: 72 } },
        { text: 'Lower down', absolutePosition: { x: 100, y: 300 } },
        { text: 'On its side', pageBreak: 'before', pageOrientation: 'landscape' },
      ],
    });
    const pages = readPdfLayout(bytes);
    expect(pages?.map((page) => [page.width, page.height])).toEqual([
      [612, 792],
      [792, 612],
    ]);
    const [first, second] = pages ?? [];
    // The runs on one baseline with a gap between them stay apart, as table columns do.
    expect(first?.runs.map((run) => run.text.trim())).toEqual([
      'Top left',
      'Far right',
      'Lower down',
    ]);
    const [topLeft, farRight, lower] = first?.runs ?? [];
    expect(topLeft?.x).toBeCloseTo(72, 1);
    expect(topLeft?.y).toBeCloseTo(792 - 72 - 10 * ascender, 1);
    expect(topLeft?.size).toBe(10);
    expect(topLeft?.right).toBeGreaterThan(100);
    expect(topLeft?.right).toBeLessThan(farRight?.x ?? 0);
    expect(farRight?.y).toBeCloseTo(topLeft?.y ?? 0, 3);
    expect(lower?.y).toBeCloseTo(792 - 300 - 10 * ascender, 1);
    expect(second?.runs.map((run) => run.text.trim())).toEqual(['On its side']);
    expect(second?.runs[0]?.y).toBeCloseTo(612 - 72 - 10 * ascender, 1);
  });

  it('reads another producer’s page, and answers null for what is not a PDF', () => {
    const pages = readPdfLayout(handmadePdf(new TextEncoder().encode('{}')));
    expect(pages).toHaveLength(1);
    expect(pages?.[0]).toMatchObject({ width: 612, height: 792 });
    expect(pages?.[0]?.runs[0]).toMatchObject({ x: 72, y: 720, size: 12 });
    expect(pages?.[0]?.runs.at(-1)?.y).toBe(704);
    expect(readPdfLayout(new TextEncoder().encode('not a pdf'))).toBeNull();
  });
});
