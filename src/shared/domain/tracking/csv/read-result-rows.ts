import { issueSaid } from '../../../i18n/issue-said';
import { said, type Said } from '../../../i18n/said';
import type { RowProblem } from '../../customers/csv/complaint-preview';
import { isBlankRecord } from '../../customers/csv/map-complaints';
import { cellCountProblem } from '../../csv/cell-count-problem';
import { columnIndexes } from '../../csv/column-indexes';
import type { CsvTable } from '../../csv/read-csv-table';
import { periodKindOf } from '../periods';
import { periodSaid } from '../period-words';
import { readGoalCell } from './read-goal-cell';
import { readPeriod } from './read-period';
import { readResultValue } from './read-result-value';
import {
  resultColumns,
  resultColumnTitles,
  type ResultColumn,
  type ResultColumnChoices,
} from './result-columns';
import {
  resultEntrySchema,
  type EntryCheck,
  type ResultEntry,
  type ResultGoal,
} from './result-entry';

/** A row read without a problem, as it would be recorded. */
export interface ReadResult {
  row: number;
  goal: ResultGoal;
  entry: ResultEntry;
}

/** What reading a file found, apart from the rows themselves. */
export interface ResultsRead {
  /** The first problems, in row order; `problemCount` counts them all. */
  problems: RowProblem[];
  problemCount: number;
  /** Rows whose result cell is empty: a period not measured yet, left out. */
  skipped: number;
  /** A date such as 3/4/2027 was read, month first. */
  monthFirstDates: boolean;
}

interface CellProblem {
  column: ResultColumn;
  message: Said;
}

/** A schema's sentence that is not one of the shared messages yet, passed on as it is. */
function passedOn(text: string): Said {
  return said('imports.passedOn', { text });
}

const maxKeptProblems = 100;

const fieldColumn: Record<string, ResultColumn> = {
  goalId: 'goal',
  period: 'period',
  value: 'value',
  source: 'source',
  note: 'note',
};

/** One row's cells read for its goal, then held to the rules every result is held to (`check`). */
function readRow(
  cell: (column: ResultColumn) => string,
  goal: ResultGoal,
  check: EntryCheck,
): { entry: ResultEntry; monthFirst: boolean } | { problems: CellProblem[] } {
  if (!goal.frequency) {
    // With no frequency there is no period to read; the rules say why no result can be kept.
    const problem = check({ goalId: goal.id, period: '', value: 0, source: '', note: '' });
    return { problems: problem ? [{ column: 'goal', message: problem.message }] : [] };
  }
  const period = readPeriod(cell('period'), periodKindOf(goal.frequency));
  const value = readResultValue(cell('value'), goal);
  const problems: CellProblem[] = [];
  if ('problem' in period) problems.push({ column: 'period', message: period.problem });
  if (value.kind === 'problem') problems.push({ column: 'value', message: value.problem });
  if ('problem' in period || value.kind !== 'value') return { problems };
  const parsed = resultEntrySchema.safeParse({
    goalId: goal.id,
    period: period.period,
    value: value.value,
    source: cell('source'),
    note: cell('note'),
  });
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        column: fieldColumn[String(issue.path[0])] ?? 'value',
        message: issueSaid(issue) ?? passedOn(issue.message),
      })),
    };
  }
  const wrong = check(parsed.data);
  if (wrong) {
    // A refused period read from a date like 03/04/2027 says how it was read, so a day-first
    // file is recognised for what it is rather than as a month out of range.
    const message =
      wrong.field === 'period' && period.monthFirst
        ? said('imports.results.readMonthFirst', {
            problem: wrong.message,
            cell: cell('period').trim(),
            period: periodSaid(periodKindOf(goal.frequency), period.period),
          })
        : wrong.message;
    return { problems: [{ column: fieldColumn[wrong.field] ?? 'value', message }] };
  }
  return { entry: parsed.data, monthFirst: period.monthFirst };
}

/**
 * Reads every row of a results file mapped with `mapping` (a goal, period and result column
 * chosen), calling `visit` with each row that can be recorded, in file order. Blank rows and
 * rows with no result are left out; a problem names the row as the spreadsheet numbers it (the
 * header is row 1) and the field: "Row 7, Result: 'n/a' is not a number.". Two rows for one
 * goal's period are refused, since the second would silently replace the first.
 */
export function readResultRows(
  input: {
    table: CsvTable;
    mapping: ResultColumnChoices;
    goals: readonly ResultGoal[];
    check: EntryCheck;
  },
  visit: (read: ReadResult) => void,
): ResultsRead {
  const { table, mapping } = input;
  const read: ResultsRead = { problems: [], problemCount: 0, skipped: 0, monthFirstDates: false };
  const report = (row: number, column: ResultColumn | null, message: Said) => {
    read.problemCount++;
    const header = column === null ? '' : (mapping[column] ?? '');
    if (read.problems.length < maxKeptProblems)
      read.problems.push({ row, column: header, message });
  };
  const { indexes, missing } = columnIndexes(
    mapping,
    table.headers,
    resultColumns,
    resultColumnTitles,
  );
  for (const { column, message } of missing) {
    report(1, column, said('imports.row', { row: 1, detail: message }));
  }
  if (missing.length > 0) return read;

  const firstRowOf = new Map<string, number>();
  table.records.forEach((record, index) => {
    const row = index + 2;
    if (isBlankRecord(record)) return;
    const cellCount = cellCountProblem(record, table.headers.length, table.delimiter);
    if (cellCount !== null) {
      return report(row, null, said('imports.rowDetail', { row, detail: cellCount }));
    }
    const cell = (column: ResultColumn) => {
      const at = indexes[column];
      return at === null ? '' : (record[at] ?? '');
    };
    if (cell('value').trim() === '') {
      read.skipped++;
      return;
    }
    const found = readGoalCell(cell('goal'), input.goals);
    if ('problem' in found) {
      return report(row, 'goal', said('imports.row', { row, detail: found.problem }));
    }
    const { goal } = found;
    const result = readRow(cell, goal, input.check);
    if ('problems' in result) {
      for (const problem of result.problems) {
        report(row, problem.column, said('imports.row', { row, detail: problem.message }));
      }
      return;
    }
    const { entry } = result;
    const key = `${entry.goalId} ${entry.period}`;
    const first = firstRowOf.get(key);
    if (first !== undefined && goal.frequency !== 'each-event' && goal.frequency !== null) {
      const period = periodSaid(periodKindOf(goal.frequency), entry.period);
      const detail = said('imports.results.twoRows', { first, number: goal.number, period });
      const label = said(resultColumnTitles.period);
      return report(
        row,
        'period',
        said('imports.row', { row, detail: said('imports.field', { label, detail }) }),
      );
    }
    firstRowOf.set(key, row);
    if (result.monthFirst) read.monthFirstDates = true;
    visit({ row, goal, entry });
  });
  return read;
}
