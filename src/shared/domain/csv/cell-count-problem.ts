import { said, type Said } from '../../i18n/said';
import type { CsvDelimiter } from './read-csv-table';

const delimiterNames: Record<CsvDelimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/**
 * Why a record cannot be read cell by cell, following "row 7 " in a message; null when it can.
 * A missing or extra delimiter shifts every cell after it, so such a row is never guessed at.
 * Cells past the last named column are fine while empty (trailing delimiters).
 */
export function cellCountProblem(
  record: string[],
  width: number,
  delimiter: CsvDelimiter,
): Said | null {
  const extra = record.length > width && record.slice(width).some((cell) => cell.trim() !== '');
  if (record.length >= width && !extra) return null;
  return said('imports.cellCount', {
    cells: record.length,
    width,
    delimiter: delimiterNames[delimiter],
  });
}
