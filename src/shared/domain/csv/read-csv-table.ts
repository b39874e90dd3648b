import Papa from 'papaparse';
import { CsvFileError } from '../customers/csv/csv-file-error';
import { dateOrderOf, parseLogTime } from '../customers/csv/parse-log-time';

export type CsvDelimiter = ',' | ';' | '\t';

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
    throw new CsvFileError(
      'This file is saved as UTF-16 ("Unicode text"). Save it again as "CSV UTF-8" and choose that file.',
    );
  }
  throw new CsvFileError('This is not a text CSV file (it holds binary data).');
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
      throw new CsvFileError(
        `The first row must name the columns; column ${index + 1} has no name. Type a name for it, or delete the column.`,
      );
    }
    if (header.length > maxHeaderChars) {
      throw new CsvFileError(
        `The first row must name the columns; column ${index + 1}'s name is longer than ${maxHeaderChars} characters.`,
      );
    }
    if (seen.has(header)) {
      throw new CsvFileError(
        `The first row must name the columns; two columns are both called '${header}'.`,
      );
    }
    seen.add(header);
  });
  const dated = headers.find((header) => parseLogTime(header, dateOrderOf([header])) !== null);
  if (dated !== undefined) {
    throw new CsvFileError(
      `The first row must name the columns, but it holds '${dated}', which is a date. Add a row of column names at the top.`,
    );
  }
}

/**
 * Reads a CSV file's text: byte-order mark dropped, delimiter found among comma, semicolon and
 * tab, quoted fields with line breaks kept whole, a first row naming the columns. Throws
 * CsvFileError with a plain message when the file cannot be read as such; `rowsWord` says what
 * the rows below the names should be ("complaints", "results").
 */
export function readCsvTable(text: string, rowsWord: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new CsvFileError('The file is empty.');
  refuseBinary(body);
  const delimiter = guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed !== undefined) {
    throw new CsvFileError(
      `Row ${(unclosed.row ?? 0) + 1} opens a quotation mark (") that is never closed, so the rest of the file cannot be read. Fix that row and try again.`,
    );
  }
  const rows = parsed.data;
  const firstFilled = rows.findIndex((row) => !isBlank(row));
  if (firstFilled > 0) {
    throw new CsvFileError(
      `The first row must name the columns, but it is empty. Delete the empty rows above row ${firstFilled + 1}.`,
    );
  }
  const headers = (rows[0] ?? []).map((header) => header.trim());
  // A spreadsheet often saves empty columns after the last real one as trailing delimiters.
  while (headers.length > 1 && headers[headers.length - 1] === '') headers.pop();
  checkHeaders(headers);
  const records = rows.slice(1);
  while (records.length > 0 && isBlank(records[records.length - 1] ?? [])) records.pop();
  if (records.length === 0) {
    throw new CsvFileError(
      `The file names its columns in the first row but has no ${rowsWord} below it.`,
    );
  }
  return { delimiter, headers, records };
}
