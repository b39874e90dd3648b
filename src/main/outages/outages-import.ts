import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../shared/api/contract';
import { readCsvTable, type CsvTable } from '../../shared/domain/csv/read-csv-table';
import { importRefusal } from '../../shared/domain/csv/import-refusal';
import { newestFirst, type OutageEntry } from '../../shared/domain/tracking/outage-entry';
import type { OutageColumnChoices } from '../../shared/domain/tracking/outage-csv/outage-columns';
import { previewOutages } from '../../shared/domain/tracking/outage-csv/preview-outages';
import { readOutageRows } from '../../shared/domain/tracking/outage-csv/read-outage-rows';
import { AppError } from '../app-error';
import type { HandlerDeps } from '../handler-deps';
import { CsvFileSlot, letGoMessage } from '../services/csv-file-slot';
import { readCsvFile } from '../services/read-csv-file';

type ImportMethod = 'outages:openCsv' | 'outages:previewCsv' | 'outages:importCsv';

/**
 * An outage log kept in a spreadsheet, imported as the results file is (results-import.ts):
 * opened (read once and kept in main while its columns are chosen, decision 39), previewed, then
 * recorded all or none. Outages the log already has, field for field, are left out, so a file
 * imported twice adds nothing the second time.
 */
export function outagesImportHandlers(
  deps: HandlerDeps,
): Pick<AreaHandlers<'outages'>, ImportMethod> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const files = new CsvFileSlot(letGoMessage('outage'));

  const previewOf = (table: CsvTable, mapping: OutageColumnChoices | null) =>
    previewOutages({ table, mapping, recorded: repository.read().tracking.outages });

  return {
    'outages:openCsv': (input) => {
      const table = readCsvFile(input, (text) => readCsvTable(text, 'outages'));
      return { fileId: files.open(input.fileName, table), preview: previewOf(table, null) };
    },

    'outages:previewCsv': ({ fileId, mapping }) => previewOf(files.get(fileId).table, mapping),

    'outages:importCsv': async ({ fileId, mapping }) => {
      const { table } = files.get(fileId);
      const recordedAt = clock().toISOString();
      // Read inside the change, against the log as last saved (another window may have added).
      await repository.update((draft, saved) => {
        const entries: OutageEntry[] = [];
        const read = readOutageRows(
          { table, mapping, recorded: saved.tracking.outages },
          (_row, entry, action) => {
            if (action === 'add') entries.push(entry);
          },
        );
        if (read.problemCount > 0) {
          throw new AppError('invalid-input', importRefusal(read.problems, read.problemCount));
        }
        for (const entry of entries) {
          draft.tracking.outages.push({ ...entry, id: randomUUID(), recordedAt });
        }
      });
      files.close(fileId);
      return newestFirst(repository.read().tracking.outages);
    },
  };
}
