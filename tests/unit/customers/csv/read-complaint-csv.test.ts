import { describe, expect, it } from 'vitest';
import { CsvFileError } from '../../../../src/shared/domain/customers/csv/csv-file-error';
import { readComplaintCsv } from '../../../../src/shared/domain/customers/csv/read-complaint-csv';
import { readFixture } from './fixture';

function refusal(text: string): string {
  try {
    readComplaintCsv(text);
  } catch (error) {
    if (error instanceof CsvFileError) return error.message;
    throw error;
  }
  throw new Error('the text was read');
}

describe('readComplaintCsv on the prepared formats', () => {
  it('reads a comma file', () => {
    const table = readComplaintCsv(readFixture('comma-month-first.csv'));
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual([
      'Date Received',
      'Account',
      'Type',
      'Description',
      'Address',
      'Responded',
      'Closed/Resolved',
    ]);
    expect(table.records).toHaveLength(4);
    expect(table.records[3]?.[3]).toBe('Main break on Pine St - no water');
  });

  it('reads a semicolon file with accented headers', () => {
    const table = readComplaintCsv(readFixture('semicolon-day-first.csv'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual([
      'Fecha',
      'Tipo',
      'Descripción',
      'Dirección',
      'Respondido',
      'Resuelto',
    ]);
    // "Agua turbia, color café" holds a comma: it stays one cell.
    expect(table.records[1]?.[2]).toBe('Agua turbia, color café');
  });

  it('reads a tab file', () => {
    const table = readComplaintCsv(readFixture('tab-iso.csv'));
    expect(table.delimiter).toBe('\t');
    expect(table.headers).toHaveLength(7);
    expect(table.records).toHaveLength(3);
  });

  it('drops the byte-order mark and keeps quoted line breaks inside their cell', () => {
    const table = readComplaintCsv(readFixture('bom-quoted-newlines.csv'));
    expect(table.headers[0]).toBe('Date Received');
    // Row 2, the blank row 4 kept in place, and row 5: a record per spreadsheet row.
    expect(table.records).toHaveLength(4);
    expect(table.records[0]?.[2]).toBe(
      'Pressure drops every evening.\r\nSays it started "last week".',
    );
    expect(table.records[2]).toEqual(['']);
    expect(table.records[3]?.[2]).toBe('Staff were rude\r\non the phone\r\nand hung up');
  });

  it('keeps blank rows in place so record i is spreadsheet row i + 2', () => {
    const table = readComplaintCsv(readFixture('iso-date-only.csv'));
    expect(table.records[0]).toEqual(['']);
    expect(table.records[1]?.[0]).toBe('12 Oak St');
    expect(table.records[4]?.[0]).toBe('7 Ridge Rd');
  });

  it('finds the delimiter of a one-row file ending in a line break', () => {
    expect(readComplaintCsv('Date;Type\n3/4/2026;Leak, at meter\n').delimiter).toBe(';');
    expect(readComplaintCsv('Date\tType\r\n3/4/2026\tLeak\r\n').delimiter).toBe('\t');
  });

  it('drops empty columns a spreadsheet saved after the last named one', () => {
    const table = readComplaintCsv('Date,Type,,\n3/4/2026,Leak,,\n');
    expect(table.headers).toEqual(['Date', 'Type']);
    expect(table.records).toEqual([['3/4/2026', 'Leak', '', '']]);
  });

  it('reads a file of 19 MB, just under the size limit, whole', () => {
    const row =
      '3/4/2026 9:15 AM,Pressure,"Low pressure, upstairs ' + 'x'.repeat(150) + '",12 Oak St\n';
    const count = Math.floor((19 * 1024 * 1024) / row.length);
    const text = `Date Received,Type,Description,Address\n${row.repeat(count)}`;
    const table = readComplaintCsv(text);
    expect(table.records).toHaveLength(count);
    expect(table.records[count - 1]?.[3]).toBe('12 Oak St');
  });
});

describe('readComplaintCsv refuses what is not a complaint log', () => {
  it('says an empty file is empty', () => {
    expect(refusal(readFixture('broken-empty.csv'))).toBe('The file is empty.');
    expect(refusal('\uFEFF \r\n\r\n')).toBe('The file is empty.');
  });

  it('says a binary file is not a text CSV file', () => {
    expect(refusal(readFixture('broken-binary.xlsx'))).toBe(
      'This is not a text CSV file (it holds binary data).',
    );
  });

  it('finds binary data past the start of the file', () => {
    const text = `Date,Type\n${'3/4/2026,Leak\n'.repeat(1000)}\u0000\u0001\u0002`;
    expect(refusal(text)).toBe('This is not a text CSV file (it holds binary data).');
  });

  it('tells how to save a UTF-16 file again', () => {
    const utf16 = Buffer.from('\uFEFFDate,Type\r\n3/4/2026,Leak\r\n', 'utf16le').toString('utf8');
    expect(refusal(utf16)).toMatch(/saved as UTF-16.*"CSV UTF-8"/);
  });

  it('names a header used twice', () => {
    expect(refusal('Date,Type,Date\n3/4/2026,Leak,3/5/2026\n')).toBe(
      "The first row must name the columns; two columns are both called 'Date'.",
    );
  });

  it('names a column without a name', () => {
    expect(refusal('Date,,Type\n3/4/2026,x,Leak\n')).toMatch(/column 2 has no name/);
  });

  it('says when the first row is data, not column names', () => {
    expect(refusal('3/4/2026,Leak,12 Oak St\n3/5/2026,Leak,40 Elm Ave\n')).toMatch(
      /holds '3\/4\/2026', which is a date/,
    );
  });

  it('says when there are column names but no rows', () => {
    expect(refusal('Date,Type\r\n\r\n')).toBe(
      'The file names its columns in the first row but has no complaints below it.',
    );
  });

  it('names the row of a quotation mark never closed', () => {
    expect(refusal('Date,Type\n3/4/2026,Leak\n3/5/2026,"Pressure\n3/6/2026,Leak\n')).toMatch(
      /^Row 3 opens a quotation mark/,
    );
  });
});

describe('readComplaintCsv and empty rows above the column names', () => {
  it('asks for them to be deleted, naming the first row with names', () => {
    expect(refusal('\n,,\nDate,Type\n3/4/2026,Leak\n')).toBe(
      'The first row must name the columns, but it is empty. Delete the empty rows above row 3.',
    );
  });
});
