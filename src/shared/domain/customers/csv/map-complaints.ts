import type { PreviewRow, RowProblem } from './complaint-preview';
import { cleanLine, cleanMultiline } from '../../text';
import { said, type Said } from '../../../i18n/said';
import {
  complaintColumnKeys,
  complaintColumns,
  type ColumnMapping,
  type ComplaintColumn,
} from '../complaint-log';
import type { SystemType } from '../../utility';
import type { FeedbackTopic } from '../feedback-entry';
import { suggestTopic } from '../suggest-topic';
import { cellCountProblem } from '../../csv/cell-count-problem';
import { columnIndexes } from '../../csv/column-indexes';
import { complaintKey, type ComplaintKeyFields } from './complaint-key';
import { showsDayFirst, type DateOrder } from './parse-log-time';
import type { CsvTable } from './read-complaint-csv';
import { createLogTimeReader, type LogTimeReader, type LogTimes } from './read-log-times';
import { countPrecision, emptyPrecision, type TimePrecision } from './time-precision';

export type MappedComplaint = PreviewRow & { key: string };

/** What mapping a file found, apart from the rows themselves. */
export interface MappedFigures {
  /** The first problems, in row order; `problemCount` counts them all. */
  problems: RowProblem[];
  problemCount: number;
  /** How numeric dates such as 3/4/2026 were read: null when no row was read. */
  dateOrder: DateOrder | null;
  /** Over the rows without problems: how many of each moment have a time of day, how many a date only. */
  precision: TimePrecision;
  /** The headers of date columns whose every time was 00:00, read as dates only. */
  midnightColumns: string[];
}

export interface MappedComplaints extends MappedFigures {
  /** The rows without problems, in file order. */
  rows: MappedComplaint[];
}

const maxKeptProblems = 100;
const textLimits = { category: 500, description: 5000, location: 500 } as const;
// Most cells are plain ASCII, which cleaning would only trim; skipping the rest of the
// cleaning for them keeps a 50,000-row import well inside its time.
const plainLine = /^[\x20-\x7e]*$/;
const plainParagraph = /^[\t\n\x20-\x7e]*$/;

/** What every row of one file is read with. */
interface Reader {
  headers: string[];
  indexes: Record<ComplaintColumn, number | null>;
  order: DateOrder;
  report: (row: number, column: string, message: Said) => void;
}

export function isBlankRecord(record: string[]): boolean {
  for (const field of record) {
    // Most rows start with a date, so the first character settles it without trimming.
    if (field.length > 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}

function reportCell(reader: Reader, row: number, index: number, detail: Said): null {
  const header = reader.headers[index] ?? '';
  reader.report(row, header, said('imports.complaints.cell', { row, header, detail }));
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
  const detail = said('imports.complaints.textTooLong', { length: value.length, limit });
  return reportCell(reader, row, index, detail);
}

/** One record's values (and the moments its key is made from), or null when it has a problem. */
function readRecord(
  reader: Reader,
  times: LogTimeReader,
  record: string[],
  row: number,
): { fields: ComplaintKeyFields; keyed: ComplaintKeyFields } | null {
  const moments = times.read(record, row);
  const category = readText(reader, record, row, 'category');
  const description = readText(reader, record, row, 'description');
  const location = readText(reader, record, row, 'location');
  if (moments === null || category === null || description === null || location === null) {
    return null;
  }
  const fields = withText(moments.stored, category, description, location);
  const keyed =
    moments.keyed === moments.stored
      ? fields
      : withText(moments.keyed, category, description, location);
  return { fields, keyed };
}

// Spelled out rather than spread: an object spread costs ten times as much on 50,000 rows.
function withText(
  moments: LogTimes,
  category: string,
  description: string,
  location: string,
): ComplaintKeyFields {
  const { received, responded, resolved } = moments;
  return { received, responded, resolved, category, description, location };
}

function topicFinder(systemType: SystemType | null): (fields: ComplaintKeyFields) => FeedbackTopic {
  // A log repeats its categories, and often its short notes, thousands of times, and a
  // suggestion costs far more than a lookup: ask once per distinct text.
  const known = new Map<string, FeedbackTopic>();
  const topicOf = (text: string): FeedbackTopic => {
    let topic = known.get(text);
    if (topic === undefined) {
      topic = text === '' ? 'other' : suggestTopic(text, systemType);
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
 * (day-first when a date such as 31/1 shows it), times of day from the date columns or their
 * own columns, text cleaned, a topic suggested from the category and then the description
 * (among the topics of step 1's `systemType`), and a key per row. Blank rows are skipped; every problem names its spreadsheet row: "row 17,
 * column 'Date': '31/02/2026' is not a date; …".
 */
export function mapComplaints(
  table: CsvTable,
  mapping: ColumnMapping,
  systemType: SystemType | null,
): MappedComplaints {
  const rows: MappedComplaint[] = [];
  const figures = visitComplaints(table, mapping, systemType, (row) => rows.push(row));
  return { rows, ...figures };
}

/**
 * `mapComplaints` handing each row without problems to `visit` in file order instead of
 * keeping it: a preview of 100,000 rows needs their counts and first few, and keeping them all
 * for every column the user tries would fill the memory with rows nobody imports.
 */
export function visitComplaints(
  table: CsvTable,
  mapping: ColumnMapping,
  systemType: SystemType | null,
  visit: (row: MappedComplaint) => void,
): MappedFigures {
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const report = (row: number, column: string, message: Said): void => {
    problemCount++;
    if (problems.length < maxKeptProblems) problems.push({ row, column, message });
  };
  const { indexes, missing } = columnIndexes(
    mapping,
    table.headers,
    complaintColumns,
    complaintColumnKeys,
  );
  for (const { header, column } of missing) {
    const label = said(complaintColumnKeys[column]);
    report(1, header, said('imports.complaints.missingColumn', { header, label }));
  }
  const precision = emptyPrecision();
  if (missing.length > 0) {
    return { problems, problemCount, dateOrder: null, precision, midnightColumns: [] };
  }

  const reader: Reader = { headers: table.headers, indexes, order: 'month-first', report };
  reader.order = dateOrderIn(table.records, reader);
  const times = createLogTimeReader({
    ...reader,
    records: table.records,
    problem: (row, index, detail) => reportCell(reader, row, index, detail),
  });
  const topicOf = topicFinder(systemType);
  const seen = new Map<string, number>();
  const width = table.headers.length;
  for (let index = 0; index < table.records.length; index++) {
    const record = table.records[index] ?? [];
    const row = index + 2;
    if (isBlankRecord(record)) continue;
    const cellCount = cellCountProblem(record, width, table.delimiter);
    if (cellCount !== null) {
      report(row, '', said('imports.complaints.rowDetail', { row, detail: cellCount }));
      continue;
    }
    const read = readRecord(reader, times, record, row);
    if (read === null) continue;
    // Identical rows are told apart by how many came before; the first one's key counts them.
    // Keys see the moments as the cells read, 00:00 columns included, as complaint log format
    // 1 stored them: a file imported then still adds nothing when imported again.
    const firstKey = complaintKey(read.keyed, 0);
    const occurrence = seen.get(firstKey) ?? 0;
    seen.set(firstKey, occurrence + 1);
    const key = occurrence === 0 ? firstKey : complaintKey(read.keyed, occurrence);
    // Spelled out: an object spread here costs ten times as much on 50,000 rows.
    const { received, responded, resolved, category, description, location } = read.fields;
    countPrecision(precision, read.fields);
    const topic = topicOf(read.fields);
    visit({ row, received, responded, resolved, category, description, location, topic, key });
  }
  const { midnightColumns } = times;
  return { problems, problemCount, dateOrder: reader.order, precision, midnightColumns };
}
