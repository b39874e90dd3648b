import { issueSaid } from '../../../i18n/issue-said';
import { said } from '../../../i18n/said';
import { columnIndexes } from '../../csv/column-indexes';
import type { CsvTable } from '../../csv/read-csv-table';
import { isBlankRecord } from '../../customers/csv/map-complaints';
import type { OutageEntry } from '../outage-entry';
import { outageSpanSaid } from '../outage-words';
import {
  outageColumnMappingSchema,
  outageColumns,
  outageColumnTitles,
  type OutageColumnChoices,
} from './outage-columns';
import { maxPreviewOutages, type OutagesPreview, type PreviewOutage } from './outages-preview';
import { readOutageRows } from './read-outage-rows';
import { suggestOutageColumns } from './suggest-outage-columns';

/**
 * What importing `table` would do, recording nothing: its headers, the mapping (suggested from
 * the headers when `mapping` is null), why that mapping cannot be used yet if so (then no row is
 * read), each row as it would be recorded, the problems, and how many outages are new.
 */
export function previewOutages(input: {
  table: CsvTable;
  mapping: OutageColumnChoices | null;
  recorded: readonly OutageEntry[];
}): OutagesPreview {
  const { table } = input;
  const mapping = input.mapping ?? suggestOutageColumns(table.headers);
  const checked = outageColumnMappingSchema.safeParse(mapping);
  const { missing } = columnIndexes(mapping, table.headers, outageColumns, outageColumnTitles);
  const preview: OutagesPreview = {
    delimiter: table.delimiter,
    headers: table.headers,
    mapping,
    mappingProblems: [
      ...(checked.success
        ? []
        : checked.error.issues.map(
            (issue) => issueSaid(issue) ?? said('imports.passedOn', { text: issue.message }),
          )),
      ...missing.map((column) => column.message),
    ],
    rowCount: table.records.filter((record) => !isBlankRecord(record)).length,
    rows: [],
    problems: [],
    problemCount: 0,
    added: 0,
    alreadyRecorded: 0,
    dateOrder: null,
    ambiguousDate: null,
  };
  if (preview.mappingProblems.length > 0) return preview;

  const rows: PreviewOutage[] = [];
  const read = readOutageRows(
    { table, mapping, recorded: input.recorded },
    (row, entry, action) => {
      if (rows.length >= maxPreviewOutages) return;
      const { planned, noticeHours, customersAffected, note } = entry;
      rows.push({
        row,
        when: outageSpanSaid(entry),
        planned,
        noticeHours,
        customersAffected,
        note,
        action,
      });
    },
  );
  return { ...preview, ...read, rows };
}
