import { issueSaid } from '../../../i18n/issue-said';
import { said, type Said } from '../../../i18n/said';
import type { RowProblem } from '../../customers/csv/complaint-preview';
import type { DateOrder } from '../../customers/csv/parse-log-time';
import { isBlankRecord } from '../../customers/csv/map-complaints';
import { cellCountProblem } from '../../csv/cell-count-problem';
import { columnIndexes } from '../../csv/column-indexes';
import type { CsvTable } from '../../csv/read-csv-table';
import { outageEntrySchema, type OutageEntry } from '../outage-entry';
import { maxOutages, outageLabelKeys } from '../outage-records';
import {
  outageColumns,
  outageColumnTitles,
  type OutageColumn,
  type OutageColumnChoices,
} from './outage-columns';
import { readAmountCell, readPlannedCell } from './read-outage-cells';
import { createMomentReader, type AmbiguousDate } from './read-outage-moments';
import type { OutageAction } from './outages-preview';

/** What reading a file found, apart from the rows themselves. */
export interface OutagesRead {
  /** The first problems, in row order; `problemCount` counts them all. */
  problems: RowProblem[];
  problemCount: number;
  added: number;
  alreadyRecorded: number;
  dateOrder: DateOrder | null;
  ambiguousDate: AmbiguousDate | null;
}

const maxKeptProblems = 100;

/** The same outage, field for field: how a file imported again is recognised. */
function outageKey(entry: OutageEntry): string {
  const { startDate, startTime, endDate, endTime, planned, noticeHours, customersAffected, note } =
    entry;
  return JSON.stringify([
    startDate,
    startTime,
    endDate,
    endTime,
    planned,
    noticeHours,
    customersAffected,
    note,
  ]);
}

/**
 * Reads every row of an outage file mapped with `mapping`, calling `visit` with each row that
 * can be recorded and whether the log `recorded` already has it (counted per copy, so two equal
 * outages in a file both count). Blank rows are left out; a problem names the row as the
 * spreadsheet numbers it and the field: "Row 7, Customers affected: 'many' is not a number; …".
 * More new outages than the log has room for is a problem too.
 */
export function readOutageRows(
  input: { table: CsvTable; mapping: OutageColumnChoices; recorded: readonly OutageEntry[] },
  visit: (row: number, entry: OutageEntry, action: OutageAction) => void,
): OutagesRead {
  const { table, mapping, recorded } = input;
  const read: OutagesRead = {
    problems: [],
    problemCount: 0,
    added: 0,
    alreadyRecorded: 0,
    dateOrder: null,
    ambiguousDate: null,
  };
  const report = (row: number, column: OutageColumn | null, message: Said): null => {
    read.problemCount++;
    const header = column === null ? '' : (mapping[column] ?? '');
    if (read.problems.length < maxKeptProblems)
      read.problems.push({ row, column: header, message });
    return null;
  };
  const { indexes, missing } = columnIndexes(
    mapping,
    table.headers,
    outageColumns,
    outageColumnTitles,
  );
  for (const { column, message } of missing) {
    report(1, column, said('imports.row', { row: 1, detail: message }));
  }
  if (missing.length > 0) return read;

  const moments = createMomentReader(table, indexes, (row, column, message) =>
    report(row, column, said('imports.row', { row, detail: message })),
  );
  read.dateOrder = moments.order;
  const copies = new Map<string, number>();
  for (const entry of recorded)
    copies.set(outageKey(entry), (copies.get(outageKey(entry)) ?? 0) + 1);
  const room = maxOutages - recorded.length;

  table.records.forEach((record, index) => {
    const row = index + 2;
    if (isBlankRecord(record)) return;
    const cellCount = cellCountProblem(record, table.headers.length, table.delimiter);
    if (cellCount !== null) {
      return report(row, null, said('imports.rowDetail', { row, detail: cellCount }));
    }
    const cell = (column: OutageColumn) => {
      const at = indexes[column];
      return at === null ? '' : (record[at] ?? '');
    };
    const before = read.problemCount;
    const when = moments.read(record, row);
    const planned = readPlannedCell(cell('planned'));
    const notice = readAmountCell(cell('noticeHours'), outageLabelKeys.noticeHours, true);
    const customers = readAmountCell(
      cell('customersAffected'),
      outageLabelKeys.customersAffected,
      false,
    );
    const cells = { planned, noticeHours: notice, customersAffected: customers } as const;
    for (const [column, reading] of Object.entries(cells)) {
      if ('problem' in reading)
        report(row, column as OutageColumn, said('imports.row', { row, detail: reading.problem }));
    }
    if (when === null || read.problemCount > before) return;
    if ('problem' in planned || 'problem' in notice || 'problem' in customers) return;
    const parsed = outageEntrySchema.safeParse({
      ...when,
      planned: planned.value,
      noticeHours: notice.value,
      customersAffected: customers.value,
      note: cell('note'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const detail = issueSaid(issue) ?? said('imports.passedOn', { text: issue.message });
        report(row, String(issue.path[0]) as OutageColumn, said('imports.row', { row, detail }));
      }
      return;
    }
    const key = outageKey(parsed.data);
    const left = copies.get(key) ?? 0;
    if (left > 0) {
      copies.set(key, left - 1);
      read.alreadyRecorded++;
      return visit(row, parsed.data, 'already');
    }
    read.added++;
    if (read.added === room + 1) {
      const values = { row, max: maxOutages, count: recorded.length };
      report(row, null, said('imports.outages.full', values));
    }
    visit(row, parsed.data, 'add');
  });
  read.ambiguousDate = moments.ambiguous();
  return read;
}
