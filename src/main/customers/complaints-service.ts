import { randomUUID } from 'node:crypto';
import { complaintsRefusal } from '../../shared/domain/csv/import-refusal';
import type { ComplaintRow } from '../../shared/domain/customers/complaint-log';
import { visitComplaints } from '../../shared/domain/customers/csv/map-complaints';
import { previewComplaints } from '../../shared/domain/customers/csv/preview-complaints';
import { readComplaintCsv } from '../../shared/domain/customers/csv/read-complaint-csv';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { ComplaintLogStore } from '../store/complaint-log-store';
import { ComplaintFileSlot } from './complaint-file-slot';
import { readCsvFile } from '../services/read-csv-file';
import type { WorkbookStore } from '../services/editable-store';
import type { AreaHandlers } from '../../shared/api/contract';

function missingImport(): AppError {
  return new AppError('conflict', refusal('refusals.importGone'));
}

export interface ComplaintsServiceOptions {
  /** When "now" is, for the import's date; tests pass a fixed clock. */
  clock?: () => Date;
}

/**
 * The call and complaint log: a CSV file opened (read once and kept while its columns are
 * mapped), previewed, then imported, every row or none. The log lives in its own store and is
 * a record about the year, not part of the agreement: an approval copies the log's figures into
 * its own snapshot, so importing, re-topicking and removing stay open after the vote (the goals
 * fed by the log need the newer complaints) and never touch what was approved. `workbook` is
 * read only for step 1's system type. Every check that matters runs inside the log's queue, on
 * the latest saved state.
 */

export function createComplaintsService(
  workbook: WorkbookStore,
  store: ComplaintLogStore,
  options: ComplaintsServiceOptions = {},
): AreaHandlers<'complaints'> {
  const clock = options.clock ?? (() => new Date());
  // Step 1's answer decides which topics are suggested: no water topic for a sewer district.
  const systemType = () => workbook.read().utility.value.systemType;

  const files = new ComplaintFileSlot();

  return {
    'complaints:open': (input) => {
      const table = readCsvFile(input, readComplaintCsv);
      const id = files.open(input.fileName, table);
      const preview = previewComplaints({
        table,
        mapping: null,
        existingKeys: store.keys(),
        systemType: systemType(),
      });
      return { fileId: id, preview };
    },

    'complaints:preview': (input) => {
      const file = files.get(input.fileId);
      return previewComplaints({
        table: file.table,
        mapping: input.mapping,
        existingKeys: store.keys(),
        systemType: systemType(),
      });
    },

    /** All or nothing: one row with a problem refuses the whole file. Known rows are skipped. */
    'complaints:import': async (input) => {
      const { fileName, table } = files.get(input.fileId);
      const importId = randomUUID();
      // Each row is built as it will be stored straight from the mapper: the mapper's own row
      // objects die at once instead of being kept beside these (less memory, and less for the
      // garbage collector to copy on a 100,000-row file).
      const rows: ComplaintRow[] = [];
      const { problems, problemCount } = visitComplaints(
        table,
        input.mapping,
        systemType(),
        (row) => {
          const { key, received, responded, resolved, category, description, location, topic } =
            row;
          rows.push({
            key,
            importId,
            row: row.row,
            received,
            responded,
            resolved,
            category,
            description,
            location,
            topic,
            topicChosen: false,
          });
        },
      );
      if (problemCount > 0) {
        throw new AppError('invalid-input', complaintsRefusal(problemCount, problems[0]));
      }
      // The rows are all that is needed now: the parsed file is let go before the log is
      // written, so the two do not take memory at once. After a failed write (a full disk),
      // the file is chosen again.
      files.close(input.fileId);
      let added = 0;
      await store.append(() => {
        const known = store.keys();
        const fresh = known.size === 0 ? rows : rows.filter((row) => !known.has(row.key));
        added = fresh.length;
        if (added === 0) return null;
        const entry = { id: importId, fileName, importedAt: clock().toISOString(), rows: added };
        return { entry, rows: fresh };
      });
      return { added, alreadyImported: rows.length - added, summary: store.summary() };
    },

    'complaints:rows': () => store.read().rows,

    /** The user's choice wins over the suggestion, and a later import of the same file keeps it. */
    'complaints:setTopic': async (input) => {
      let updated: ComplaintRow | undefined;
      await store.update((draft) => {
        const index = draft.rows.findIndex((row) => row.key === input.key);
        const row = draft.rows[index];
        if (!row) {
          throw new AppError('conflict', refusal('refusals.complaintGone'));
        }
        updated = { ...row, topic: input.topic, topicChosen: true };
        draft.rows[index] = updated;
      });
      return updated!;
    },

    'complaints:removeImport': async (input) => {
      await store.update((draft) => {
        const index = draft.imports.findIndex((entry) => entry.id === input.importId);
        if (index === -1) throw missingImport();
        draft.imports.splice(index, 1);
        draft.rows = draft.rows.filter((row) => row.importId !== input.importId);
      });
      return store.summary();
    },
  };
}
