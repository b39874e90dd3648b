import Papa from 'papaparse';
import { CsvFileError } from '../customers/csv/csv-file-error';
import { dateOrderOf, parseLogTime } from '../customers/csv/parse-log-time';

export type CsvDelimiter = ',' | ';' | '\t';

/** What the rows of an import are, as the message about a file without any names them. */
export type RowsWord = 'complaints' | 'results' | 'outages';

/**
 * A CSV file's cells. `records[i]` is spreadsheet row i + 2 (the header is row 1): blank rows
 * stay in place so row numbers match what the user sees in a spreadsheet, and callers skip them.
 */
export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  records: string[][];
}

const delimiters: CsvDelimiter[] = [',', ';', '\t'];
/** Enough of the file to guess the delimiter from its first rows without splitting all of it. */
const guessSampleChars = 64 * 1024;
const maxHeaderChars = 200;

/** Binary data decoded as text shows NULs; a UTF-16 file read as UTF-8 shows one every other character. */
function refuseBinary(text: string): void {
  if (!text.includes('\u0000')) return;
  const sample = text.slice(0, 4096);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls++;
  if (nuls * 2 >= sample.length - 2) {
    throw new CsvFileError('imports.file.utf16');
  }
  throw new CsvFileError('imports.file.binary');
}

function guessDelimiter(text: string): CsvDelimiter {
  // Papa's guess counts the empty row after a final line break against a delimiter unless
  // empty lines are skipped, so the guess skips them; the real parse keeps them for row numbers.
  const guess = Papa.parse<string[]>(text.slice(0, guessSampleChars), {
    delimitersToGuess: delimiters,
    skipEmptyLines: 'greedy',
    preview: 20,
  });
  const found = delimiters.find((delimiter) => delimiter === guess.meta.delimiter);
  return found ?? ',';
}

function isBlank(record: string[]): boolean {
  return record.every((field) => field.trim() === '');
}

function checkHeaders(headers: string[]): void {
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    if (header === '') {
      throw new CsvFileError('imports.file.unnamedColumn', { column: index + 1 });
    }
    if (header.length > maxHeaderChars) {
      throw new CsvFileError('imports.file.longHeader', {
        column: index + 1,
        max: maxHeaderChars,
      });
    }
    if (seen.has(header)) {
      throw new CsvFileError('imports.file.duplicateHeader', { header });
    }
    seen.add(header);
  });
  const dated = headers.find((header) => parseLogTime(header, dateOrderOf([header])) !== null);
  if (dated !== undefined) {
    throw new CsvFileError('imports.file.dateHeader', { header: dated });
  }
}

/**
 * Reads a CSV file's text: byte-order mark dropped, delimiter found among comma, semicolon and
 * tab, quoted fields with line breaks kept whole, a first row naming the columns. Throws
 * CsvFileError saying why when the file cannot be read as such; `rowsWord` says what the rows
 * below the names should be.
 */
export function readCsvTable(text: string, rowsWord: RowsWord): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new CsvFileError('imports.file.empty');
  refuseBinary(body);
  const delimiter = guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed !== undefined) {
    throw new CsvFileError('imports.file.unclosedQuote', { row: (unclosed.row ?? 0) + 1 });
  }
  const rows = parsed.data;
  const firstFilled = rows.findIndex((row) => !isBlank(row));
  if (firstFilled > 0) {
    throw new CsvFileError('imports.file.emptyFirstRow', { row: firstFilled + 1 });
  }
  const headers = (rows[0] ?? []).map((header) => header.trim());
  // A spreadsheet often saves empty columns after the last real one as trailing delimiters.
  while (headers.length > 1 && headers[headers.length - 1] === '') headers.pop();
  checkHeaders(headers);
  const records = rows.slice(1);
  while (records.length > 0 && isBlank(records[records.length - 1] ?? [])) records.pop();
  if (records.length === 0) {
    throw new CsvFileError('imports.file.noRows', { rows: rowsWord });
  }
  return { delimiter, headers, records };
}
