import type { SystemType } from '../../utility';
import type { ComplaintPreview, PreviewRow } from './complaint-preview';
import {
  columnMappingSchema,
  complaintColumnKeys,
  complaintColumns,
  type ColumnChoices,
} from '../complaint-log';
import { issueSaid } from '../../../i18n/issue-said';
import { said } from '../../../i18n/said';
import { columnIndexes } from '../../csv/column-indexes';
import { isBlankRecord, visitComplaints } from './map-complaints';
import type { CsvTable } from './read-complaint-csv';
import { suggestColumns } from './suggest-columns';

const sampleSize = 20;

/**
 * What importing `table` would do, storing nothing: the file's headers, the mapping (suggested
 * from the headers, and its time columns from the cells, when `mapping` is null), why that
 * mapping cannot be used yet if so (then no row is checked), the problems, how precise the
 * times are, and how many rows are new; topics are suggested among those of `systemType`.
 */
export function previewComplaints(input: {
  table: CsvTable;
  mapping: ColumnChoices | null;
  existingKeys: ReadonlySet<string>;
  systemType: SystemType | null;
}): ComplaintPreview {
  const { table } = input;
  const mapping = input.mapping ?? suggestColumns(table.headers, table.records);
  let rowCount = 0;
  for (const record of table.records) if (!isBlankRecord(record)) rowCount++;
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
  const missing = columnIndexes(
    mapping,
    table.headers,
    complaintColumns,
    complaintColumnKeys,
  ).missing.map((column) => column.message);
  preview.mappingProblems = [
    ...(checked.success
      ? []
      : checked.error.issues.map(
          (issue) => issueSaid(issue) ?? said('imports.passedOn', { text: issue.message }),
        )),
    ...missing,
  ];
  if (!checked.success || missing.length > 0) return preview;

  const sample: PreviewRow[] = [];
  let mappedRows = 0;
  let alreadyImported = 0;
  // Counted as they are mapped, not kept: a preview of 100,000 rows needs only the first few.
  const mapped = visitComplaints(table, checked.data, input.systemType, (row) => {
    mappedRows++;
    if (input.existingKeys.has(row.key)) alreadyImported++;
    if (sample.length < sampleSize) {
      const { key: _key, ...shown } = row;
      sample.push(shown);
    }
  });
  return {
    ...preview,
    sample,
    problems: mapped.problems,
    problemCount: mapped.problemCount,
    dateOrder: mapped.dateOrder,
    precision: mapped.precision,
    midnightColumns: mapped.midnightColumns,
    newRows: mappedRows - alreadyImported,
    alreadyImported,
  };
}
