import type { AreaHandlers } from '../../shared/api/contract';
import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import { readCsvTable, type CsvTable } from '../../shared/domain/csv/read-csv-table';
import { importRefusal } from '../../shared/domain/csv/import-refusal';
import { numberedGoals } from '../../shared/domain/goal-numbers';
import { localDate } from '../../shared/domain/local-date';
import { previewResults } from '../../shared/domain/tracking/csv/preview-results';
import { readResultRows } from '../../shared/domain/tracking/csv/read-result-rows';
import type {
  EntryCheck,
  ResultEntry,
  ResultGoal,
} from '../../shared/domain/tracking/csv/result-entry';
import type { ResultColumnChoices } from '../../shared/domain/tracking/csv/result-columns';
import { resultMatcher } from '../../shared/domain/tracking/csv/result-matcher';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import type { HandlerDeps } from '../handler-deps';
import { CsvFileSlot, letGoMessage } from '../services/csv-file-slot';
import { readCsvFile } from '../services/read-csv-file';
import { entryProblem } from './entry-problem';
import { recordResults, versionToRecord } from './record-results';
import { currentTrackingView } from './tracking-view';

type ImportMethod = 'tracking:openCsv' | 'tracking:previewCsv' | 'tracking:importCsv';

/** The goals of the revision in force as a results file names them: by number or statement. */
function resultGoals(version: ApprovedVersion): ResultGoal[] {
  return numberedGoals(version.content.goals).map(({ number, goal }) => ({
    id: goal.id,
    number,
    statement: goal.statement,
    direction: goal.direction,
    unit: goal.unit,
    spanishUnit: goal.spanish.unit,
    frequency: goal.frequency,
  }));
}

/** What a file's rows are read against: the revision in force, its results, and the rules. */
function readingBasis(workbook: Workbook, today: string) {
  const version = versionToRecord(workbook);
  const check: EntryCheck = (entry) => entryProblem(entry, version, today);
  const recorded = workbook.tracking.actuals.filter(
    (actual) => actual.revision === version.revision,
  );
  return { version, goals: resultGoals(version), check, recorded };
}

/**
 * Results imported from a CSV file the operator keeps: opened (read once and kept in main while
 * its columns are chosen, decision 39), previewed, then recorded all or none by the rules every
 * result is held to (`entryProblem`, `recordResults`, shared with `tracking:saveActuals`).
 */
export function resultsImportHandlers(
  deps: HandlerDeps,
): Pick<AreaHandlers<'tracking'>, ImportMethod> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const files = new CsvFileSlot(letGoMessage('results'));

  const previewOf = (table: CsvTable, mapping: ResultColumnChoices | null) => {
    const { goals, check, recorded } = readingBasis(repository.read(), localDate(clock()));
    return previewResults({ table, mapping, goals, check, recorded });
  };

  return {
    'tracking:openCsv': (input) => {
      // Refused before the file is kept when nothing approved can take results.
      versionToRecord(repository.read());
      const table = readCsvFile(input, (text) => readCsvTable(text, 'results'));
      return { fileId: files.open(input.fileName, table), preview: previewOf(table, null) };
    },

    'tracking:previewCsv': ({ fileId, mapping }) => previewOf(files.get(fileId).table, mapping),

    'tracking:importCsv': async ({ fileId, mapping }) => {
      const { table } = files.get(fileId);
      const day = localDate(clock());
      const recordedAt = clock().toISOString();
      // Read inside the change, against the latest saved results and agreement in force.
      await repository.update((draft, saved) => {
        const { version, goals, check, recorded } = readingBasis(saved, day);
        const actionOf = resultMatcher(recorded, goals);
        const entries: ResultEntry[] = [];
        const read = readResultRows({ table, mapping, goals, check }, ({ entry }) => {
          if (actionOf(entry) !== 'already') entries.push(entry);
        });
        if (read.problemCount > 0) {
          throw new AppError('invalid-input', importRefusal(read.problems, read.problemCount));
        }
        // A file holding only events already recorded has nothing to write.
        if (entries.length > 0) recordResults(draft, saved, version, entries, recordedAt);
      });
      files.close(fileId);
      return currentTrackingView(deps, day);
    },
  };
}
