import type { PdfTextRun } from '../../../src/main/pdf/content-text';
import type { PdfPageLayout } from '../../../src/main/pdf/read-pdf-layout';

/** One page as a reader sees it: its frame, its body, and how far down the body's text runs. */
export interface PageRegions {
  /** 1-based, as "Page x of y" counts. */
  page: number;
  landscape: boolean;
  /** The left-hand column of the running head and of the footer, top to bottom, as one line. */
  headerName: string;
  footerName: string;
  /** How far the running head's lowest baseline sits above the body's top edge, in points. */
  headerClearance: number;
  /** The lowest baseline in the footer, in points above the paper's edge. */
  footerBottom: number;
  /** The body's text, top to bottom (watermark left out). */
  body: PdfTextRun[];
  /** The body's last line is above the middle of the body: more than half the page is empty. */
  halfEmpty: boolean;
}

// The DRAFT watermark is drawn at 130 pt; no body text comes near this size.
const watermarkSize = 40;

function readingOrder(runs: readonly PdfTextRun[]): PdfTextRun[] {
  return [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
}

/** The runs that start at the left margin, read as one line (how a wrapped name reads). */
function leftColumn(runs: readonly PdfTextRun[], left: number): string {
  return readingOrder(runs.filter((run) => Math.abs(run.x - left) < 1))
    .map((run) => run.text)
    .join(' ')
    .replaceAll('\u200B', '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits each page into the running head (inside the top margin), the footer (inside the
 * bottom margin) and the body between, by the margins the document was laid out with.
 */
export function pageRegions(
  pages: readonly PdfPageLayout[],
  [left, top, , bottom]: readonly [number, number, number, number],
): PageRegions[] {
  return pages.map((page, index) => {
    const bodyTop = page.height - top;
    const text = page.runs.filter((run) => run.size < watermarkSize && run.text.trim() !== '');
    const header = text.filter((run) => run.y > bodyTop);
    const footer = text.filter((run) => run.y < bottom);
    const body = readingOrder(text.filter((run) => run.y >= bottom && run.y <= bodyTop));
    const lowest = Math.min(...body.map((run) => run.y));
    return {
      page: index + 1,
      landscape: page.width > page.height,
      headerName: leftColumn(header, left),
      footerName: leftColumn(footer, left),
      headerClearance: Math.min(...header.map((run) => run.y)) - bodyTop,
      footerBottom: Math.min(...footer.map((run) => run.y)),
      body,
      halfEmpty: lowest > (bottom + bodyTop) / 2,
    };
  });
}

/** The first line of a page's body: where a section title would be. */
export function firstLine(page: PageRegions): string {
  return page.body[0]?.text.trim() ?? '';
}
