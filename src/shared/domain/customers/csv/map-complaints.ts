import type { PreviewRow, RowProblem } from './complaint-preview';
import { cleanLine, cleanMultiline } from '../../text';
import { complaintColumnTitles, type ColumnMapping, type ComplaintColumn } from '../complaint-log';
import type { FeedbackTopic } from '../feedback-entry';
import { suggestTopic } from '../suggest-topic';
import { columnIndexes } from './column-indexes';
import { complaintKey, type ComplaintKeyFields } from './complaint-key';
import { parseLogTime, showsDayFirst, type DateOrder } from './parse-log-time';
import type { CsvTable } from './read-complaint-csv';

export type MappedComplaint = PreviewRow & { key: string };

export interface MappedComplaints {
  /** The rows without problems, in file order. */
  rows: MappedComplaint[];
  /** The first problems, in row order; `problemCount` counts them all. */
  problems: RowProblem[];
  problemCount: number;
  /** How numeric dates such as 3/4/2026 were read: null when no row was read. */
  dateOrder: DateOrder | null;
}

const maxKeptProblems = 100;
const textLimits = { category: 500, description: 5000, location: 500 } as const;
const dateHint = 'use a date such as 3/14/2026 or 2026-03-14.';
const delimiterNames = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
// Most cells are plain ASCII, which cleaning would only trim; skipping the rest of the
// cleaning for them keeps a 50,000-row import well inside its time.
const plainLine = /^[\x20-\x7e]*$/;
const plainParagraph = /^[\t\n\x20-\x7e]*$/;

/** What every row of one file is read with. */
interface Reader {
  headers: string[];
  indexes: Record<ComplaintColumn, number | null>;
  order: DateOrder;
  report: (row: number, column: string, message: string) => void;
}

export function isBlankRecord(record: string[]): boolean {
  for (const field of record) {
    // Most rows start with a date, so the first character settles it without trimming.
    if (field.length > 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}

/** A cell as a message quotes it: one line, and short enough to read. */
function quoted(value: string): string {
  const line = cleanLine(value);
  return `'${line.length > 40 ? `${line.slice(0, 39)}…` : line}'`;
}

function reportCell(reader: Reader, row: number, index: number, detail: string): null {
  const header = reader.headers[index] ?? '';
  reader.report(row, header, `row ${row}, column '${header}': ${detail}`);
  return null;
}

function dateOrderIn(records: string[][], reader: Pick<Reader, 'indexes'>): DateOrder {
  const { received, responded, resolved } = reader.indexes;
  const dated = [received, responded, resolved].filter((index) => index !== null);
  for (const record of records) {
    for (const index of dated) if (showsDayFirst(record[index] ?? '')) return 'day-first';
  }
  return 'month-first';
}

/** A date-only value means "that day", so it is only before a timed one on an earlier day. */
function isBefore(later: string, earlier: string): boolean {
  if (later.length === 10 || earlier.length === 10) {
    return later.slice(0, 10) < earlier.slice(0, 10);
  }
  return later < earlier;
}

/** The date received; null after reporting a problem. */
function readReceived(reader: Reader, record: string[], row: number): string | null {
  const index = reader.indexes.received;
  if (index === null) return ''; // a ColumnMapping always names it
  const text = (record[index] ?? '').trim();
  if (text === '') {
    return reportCell(reader, row, index, 'the date received is empty; every complaint needs one.');
  }
  return (
    parseLogTime(text, reader.order) ??
    reportCell(reader, row, index, `${quoted(text)} is not a date; ${dateHint}`)
  );
}

/** A date responded or resolved: '' when empty, null after reporting a problem. */
function readLater(
  reader: Reader,
  record: string[],
  row: number,
  index: number | null,
  received: string | null,
): string | null {
  const text = index === null ? '' : (record[index] ?? '').trim();
  if (index === null || text === '') return '';
  const value = parseLogTime(text, reader.order);
  if (value === null) {
    return reportCell(reader, row, index, `${quoted(text)} is not a date; ${dateHint}`);
  }
  if (received !== null && isBefore(value, received)) {
    const receivedText = record[reader.indexes.received ?? 0] ?? '';
    return reportCell(
      reader,
      row,
      index,
      `${quoted(text)} is before the date received, ${quoted(receivedText)}.`,
    );
  }
  return value;
}

function readText(
  reader: Reader,
  record: string[],
  row: number,
  column: keyof typeof textLimits,
): string | null {
  const index = reader.indexes[column];
  if (index === null) return '';
  const raw = record[index] ?? '';
  const multiline = column === 'description';
  const value = (multiline ? plainParagraph : plainLine).test(raw)
    ? raw.trim()
    : (multiline ? cleanMultiline : cleanLine)(raw);
  const limit = textLimits[column];
  if (value.length <= limit) return value;
  const detail = `the text is ${value.length} characters long; the most kept is ${limit}. Shorten it in the file.`;
  return reportCell(reader, row, index, detail);
}

/** One record's values, or null when it has a problem (reported, every cell checked). */
function readRecord(reader: Reader, record: string[], row: number): ComplaintKeyFields | null {
  const received = readReceived(reader, record, row);
  const responded = readLater(reader, record, row, reader.indexes.responded, received);
  const resolved = readLater(reader, record, row, reader.indexes.resolved, received);
  const category = readText(reader, record, row, 'category');
  const description = readText(reader, record, row, 'description');
  const location = readText(reader, record, row, 'location');
  if (
    received === null ||
    responded === null ||
    resolved === null ||
    category === null ||
    description === null ||
    location === null
  ) {
    return null;
  }
  return { received, responded, resolved, category, description, location };
}

function topicFinder(): (fields: ComplaintKeyFields) => FeedbackTopic {
  // A log repeats its categories, and often its short notes, thousands of times, and a
  // suggestion costs far more than a lookup: ask once per distinct text.
  const known = new Map<string, FeedbackTopic>();
  const topicOf = (text: string): FeedbackTopic => {
    let topic = known.get(text);
    if (topic === undefined) {
      topic = text === '' ? 'other' : suggestTopic(text);
      known.set(text, topic);
    }
    return topic;
  };
  return ({ category, description }) => {
    const topic = topicOf(category);
    return topic === 'other' ? topicOf(description) : topic;
  };
}

/**
 * Turns a table's records into complaints with a mapping: dates read in the file's order
 * (day-first when a date such as 31/1 shows it), text cleaned, a topic suggested from the
 * category and then the description, and a key per row. Blank rows are skipped; every problem
 * names its spreadsheet row: "row 17, column 'Date': '31/02/2026' is not a date; …".
 */
export function mapComplaints(table: CsvTable, mapping: ColumnMapping): MappedComplaints {
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const report = (row: number, column: string, message: string): void => {
    problemCount++;
    if (problems.length < maxKeptProblems) problems.push({ row, column, message });
  };
  const { indexes, missing } = columnIndexes(mapping, table.headers);
  for (const { header, column } of missing) {
    const title = complaintColumnTitles[column];
    const detail = `the file has no such column (chosen for ${title}); choose one of its columns.`;
    report(1, header, `row 1, column '${header}': ${detail}`);
  }
  if (missing.length > 0) return { rows: [], problems, problemCount, dateOrder: null };

  const reader: Reader = { headers: table.headers, indexes, order: 'month-first', report };
  reader.order = dateOrderIn(table.records, reader);
  const topicOf = topicFinder();
  const seen = new Map<string, number>();
  const width = table.headers.length;
  const rows: MappedComplaint[] = [];
  for (let index = 0; index < table.records.length; index++) {
    const record = table.records[index] ?? [];
    const row = index + 2;
    if (isBlankRecord(record)) continue;
    // Cells past the last named column are fine while empty (trailing delimiters).
    const extra = record.length > width && record.slice(width).some((cell) => cell.trim() !== '');
    if (record.length < width || extra) {
      const separator = delimiterNames[table.delimiter];
      const message = `row ${row} has ${record.length} cells, but the first row names ${width} columns; look for a missing or extra ${separator} in it.`;
      report(row, '', message);
      continue;
    }
    const fields = readRecord(reader, record, row);
    if (fields === null) continue;
    // Identical rows are told apart by how many came before; the first one's key counts them.
    const firstKey = complaintKey(fields, 0);
    const occurrence = seen.get(firstKey) ?? 0;
    seen.set(firstKey, occurrence + 1);
    const key = occurrence === 0 ? firstKey : complaintKey(fields, occurrence);
    // Spelled out: an object spread here costs ten times as much on 50,000 rows.
    const { received, responded, resolved, category, description, location } = fields;
    const topic = topicOf(fields);
    rows.push({ row, received, responded, resolved, category, description, location, topic, key });
  }
  return { rows, problems, problemCount, dateOrder: reader.order };
}
