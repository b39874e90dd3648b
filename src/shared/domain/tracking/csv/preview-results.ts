import { issueSaid } from '../../../i18n/issue-said';
import { said, type Said } from '../../../i18n/said';
import { saidEach } from '../../../i18n/said-each';
import { columnIndexes } from '../../csv/column-indexes';
import type { CsvTable } from '../../csv/read-csv-table';
import { isBlankRecord } from '../../customers/csv/map-complaints';
import { amountWithUnit } from '../../numbers/unit-words';
import { dayInWords } from '../../typed-date';
import { periodSaid } from '../period-words';
import { periodKindOf } from '../periods';
import { readResultRows } from './read-result-rows';
import {
  resultColumnMappingSchema,
  resultColumns,
  resultColumnTitles,
  type ResultColumnChoices,
} from './result-columns';
import type { EntryCheck, ResultEntry, ResultGoal } from './result-entry';
import { resultMatcher } from './result-matcher';
import { maxPreviewRows, type PreviewResult, type ResultsPreview } from './results-preview';
import { suggestResultColumns } from './suggest-result-columns';

/** The period in words; a day with its weekday, so "3/4/2027" shows as Thursday, March 4, 2027. */
function periodWords(goal: ResultGoal, period: string): Said {
  if (!goal.frequency) return saidEach({ en: period, es: period });
  const kind = periodKindOf(goal.frequency);
  if (kind !== 'day') return periodSaid(kind, period);
  return saidEach({ en: dayInWords(period, 'en'), es: dayInWords(period, 'es') });
}

/** The figure with its unit; in Spanish the unit the board wrote in Spanish, else the glossary's. */
function valueWords(goal: ResultGoal, value: number): Said {
  if (goal.direction === 'yes-no')
    return said('previews.answer', { answer: value === 1 ? 'yes' : 'no' });
  const spanishUnit = goal.spanishUnit.trim() === '' ? goal.unit : goal.spanishUnit;
  return saidEach({
    en: amountWithUnit(value, goal.unit, 'en'),
    es: amountWithUnit(value, spanishUnit, 'es'),
  });
}

/**
 * What importing `table` would do, recording nothing: its headers, the mapping (suggested from
 * the headers when `mapping` is null), why that mapping cannot be used yet if so (then no row is
 * read), each row as it would be recorded, the problems, and how many results are added or
 * replace one `recorded` already holds.
 */
export function previewResults(input: {
  table: CsvTable;
  mapping: ResultColumnChoices | null;
  goals: readonly ResultGoal[];
  check: EntryCheck;
  recorded: readonly ResultEntry[];
}): ResultsPreview {
  const { table, goals } = input;
  const mapping = input.mapping ?? suggestResultColumns(table.headers);
  const checked = resultColumnMappingSchema.safeParse(mapping);
  const { missing } = columnIndexes(mapping, table.headers, resultColumns, resultColumnTitles);
  const preview: ResultsPreview = {
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
    skipped: 0,
    added: 0,
    replaced: 0,
    alreadyRecorded: 0,
    monthFirstDates: false,
  };
  if (preview.mappingProblems.length > 0) return preview;

  const actionOf = resultMatcher(input.recorded, goals);
  const counts = { add: 0, replace: 0, already: 0 };
  const rows: PreviewResult[] = [];
  const read = readResultRows({ table, mapping, goals, check: input.check }, (result) => {
    const { row, goal, entry } = result;
    const action = actionOf(entry);
    counts[action]++;
    if (rows.length >= maxPreviewRows) return;
    rows.push({
      row,
      goalNumber: goal.number,
      period: entry.period,
      periodWords: periodWords(goal, entry.period),
      value: entry.value,
      valueWords: valueWords(goal, entry.value),
      source: entry.source,
      note: entry.note,
      action,
    });
  });
  return {
    ...preview,
    ...read,
    rows,
    added: counts.add,
    replaced: counts.replace,
    alreadyRecorded: counts.already,
  };
}
