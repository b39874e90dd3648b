import { readCsvTable, type CsvTable } from '../../csv/read-csv-table';

export type { CsvDelimiter, CsvTable } from '../../csv/read-csv-table';

/**
 * Reads a complaint log's text as read-csv-table.ts reads any CSV file. Throws CsvFileError with
 * a plain message when the file cannot be a complaint log.
 */
export function readComplaintCsv(text: string): CsvTable {
  return readCsvTable(text, 'complaints');
}
