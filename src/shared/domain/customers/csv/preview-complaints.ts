import type { SystemType } from '../../utility';
import type { ComplaintPreview } from './complaint-preview';
import { columnMappingSchema, type ColumnChoices } from '../complaint-log';
import { columnIndexes } from './column-indexes';
import { isBlankRecord, mapComplaints } from './map-complaints';
import { readComplaintCsv } from './read-complaint-csv';
import { suggestColumns } from './suggest-columns';

const sampleSize = 20;

/**
 * What importing `text` would do, storing nothing: the file's headers, the mapping (suggested
 * from the headers, and its time columns from the cells, when `mapping` is null), why that
 * mapping cannot be used yet if so (then no row is checked), the problems, how precise the
 * times are, and how many rows are new; topics are suggested among those of `systemType`.
 * Throws CsvFileError when the file cannot be read at all.
 */
export function previewComplaints(input: {
  text: string;
  mapping: ColumnChoices | null;
  existingKeys: ReadonlySet<string>;
  systemType: SystemType | null;
}): ComplaintPreview {
  const table = readComplaintCsv(input.text);
  const mapping = input.mapping ?? suggestColumns(table.headers, table.records);
  const rowCount = table.records.filter((record) => !isBlankRecord(record)).length;
  const preview: ComplaintPreview = {
    delimiter: table.delimiter,
    headers: table.headers,
    mapping,
    mappingProblems: [],
    rowCount,
    sample: [],
    problems: [],
    problemCount: 0,
    dateOrder: null,
    precision: null,
    midnightColumns: [],
    newRows: 0,
    alreadyImported: 0,
  };
  const checked = columnMappingSchema.safeParse(mapping);
  const missing = columnIndexes(mapping, table.headers).missing.map((column) => column.message);
  preview.mappingProblems = [
    ...(checked.success ? [] : checked.error.issues.map((issue) => issue.message)),
    ...missing,
  ];
  if (!checked.success || missing.length > 0) return preview;

  const mapped = mapComplaints(table, checked.data, input.systemType);
  let alreadyImported = 0;
  for (const row of mapped.rows) if (input.existingKeys.has(row.key)) alreadyImported++;
  return {
    ...preview,
    sample: mapped.rows.slice(0, sampleSize).map(({ key: _key, ...row }) => row),
    problems: mapped.problems,
    problemCount: mapped.problemCount,
    dateOrder: mapped.dateOrder,
    precision: mapped.precision,
    midnightColumns: mapped.midnightColumns,
    newRows: mapped.rows.length - alreadyImported,
    alreadyImported,
  };
}
