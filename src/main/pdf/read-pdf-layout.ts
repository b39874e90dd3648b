import type { PdfTextRun } from './content-text';
import { PdfObjects } from './pdf-objects';
import { readPages, readPdfFile } from './read-pdf-file';

/** One page as drawn: its size in points and the text runs on it, positioned. */
export interface PdfPageLayout {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly PdfTextRun[];
}

// US Letter, for a page without a usable /MediaBox.
const letter = [0, 0, 612, 792];

/**
 * Where each page's text sits, for checks of the layout (how far down a page the text runs,
 * what a running head says) that the text alone cannot answer. Null when the file is not a
 * PDF readPdfFile can read, or its pages cannot be followed; like readPdfFile, it never throws.
 */
export function readPdfLayout(bytes: Uint8Array): PdfPageLayout[] | null {
  if (readPdfFile(bytes).kind !== 'pdf') return null;
  try {
    const read = readPages(new PdfObjects(bytes));
    if (read === null) return null;
    return read.pages.map((page, index) => {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = page.mediaBox ?? letter;
      return {
        width: Math.abs(x2 - x1),
        height: Math.abs(y2 - y1),
        runs: read.text.pageRuns[index] ?? [],
      };
    });
  } catch {
    return null;
  }
}
