/** What one spreadsheet cell holds: text, a number, or nothing. */
export type CsvValue = string | number | null;

/**
 * Text a spreadsheet would run as a formula (or as a command, via DDE) when it starts the cell:
 * OWASP's list for CSV injection. Typed text reaches these cells (a note, a goal statement, the
 * utility's name), and the file is opened by people who trust it.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** Text that must be quoted to stay one cell (RFC 4180): a comma, a quote or a line break. */
const needsQuotes = /[",\r\n]/;

/**
 * One cell as RFC 4180 writes it. A number is written as the number itself (no thousands
 * separator, a minus sign kept), so the spreadsheet adds it up; text that a spreadsheet would
 * take for a formula gets a leading `'`, so it is shown, never run. Text is quoted only when
 * it must be, with its quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    // NaN or Infinity would be read as text by one spreadsheet and as an error by another.
    return Number.isFinite(value) ? String(value) : '';
  }
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Byte-order mark: without it Excel reads UTF-8 as the old Windows code page and mangles "ñ". */
const byteOrderMark = '\uFEFF';

/** A whole CSV file's text: the byte-order mark, then one line per row, each ended by CRLF. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
