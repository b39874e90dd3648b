import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import { exampleMarked } from '../../shared/pdf/example-mark';
import { renderPdf } from '../pdf/render-pdf';

/**
 * A paper of this workbook's utility as PDF bytes: every page of a paper printed from the example
 * utility says so, whichever paper it is, so practice never passes for a board's record.
 */
export function renderPaper(
  workbook: Workbook,
  definition: TDocumentDefinitions,
  language: Language | 'both',
): Promise<Buffer> {
  return renderPdf(workbook.example ? exampleMarked(definition, language) : definition);
}
