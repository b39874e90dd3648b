import type { Handlers } from '../../../src/shared/api/contract';
import type {
  ComplaintLog,
  ComplaintRow,
} from '../../../src/shared/domain/customers/complaint-log';
import { CsvFileError } from '../../../src/shared/domain/customers/csv/csv-file-error';
import { mapComplaints } from '../../../src/shared/domain/customers/csv/map-complaints';
import { previewComplaints } from '../../../src/shared/domain/customers/csv/preview-complaints';
import { readComplaintCsv } from '../../../src/shared/domain/customers/csv/read-complaint-csv';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import type { Workbook } from '../../../src/shared/domain/workbook';
import { MemoryError } from './memory-approval';

type ComplaintMethods =
  | 'complaints:preview'
  | 'complaints:import'
  | 'complaints:rows'
  | 'complaints:setTopic'
  | 'complaints:removeImport';

/** A refusal as the real service answers it: 'invalid-input' with the same sentence. */
function refusal(message: string): MemoryError {
  return new MemoryError('invalid-input', message);
}

/** Runs a CSV read; a file that is no CSV at all is refused with its plain message. */
function readingCsv<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CsvFileError) throw refusal(error.message);
    throw error;
  }
}

const keysOf = (log: ComplaintLog) => new Set(log.rows.map((row) => row.key));

/**
 * The complaint log for the memory Api, on the real CSV reading, mapping and statistics, so
 * the screens meet the same previews, problems and figures as in the app.
 */
export function complaintHandlers(state: {
  complaintLog: ComplaintLog;
  workbook: Workbook;
}): Pick<Handlers, ComplaintMethods> {
  const systemType = () => state.workbook.utility.value.systemType;
  let nextImport = 1;
  return {
    'complaints:preview': ({ csvText, mapping }) =>
      Promise.resolve(
        readingCsv(() =>
          previewComplaints({
            text: csvText,
            mapping,
            existingKeys: keysOf(state.complaintLog),
            systemType: systemType(),
          }),
        ),
      ),
    'complaints:import': ({ fileName, csvText, mapping }) => {
      const log = state.complaintLog;
      const { rows, problems, problemCount } = mapComplaints(
        readingCsv(() => readComplaintCsv(csvText)),
        mapping,
        systemType(),
      );
      if (problemCount > 0) {
        throw refusal(
          `The file has ${problemCount} problems, so nothing was imported. The first: ${problems[0]?.message ?? ''}`,
        );
      }
      const known = keysOf(log);
      const number = nextImport++;
      const importId = `import-${number}`;
      const fresh = rows
        .filter((row) => !known.has(row.key))
        .map((row): ComplaintRow => ({ ...row, importId, topicChosen: false }));
      // Like the real service: a file with nothing new leaves no empty import behind.
      if (fresh.length > 0) {
        log.imports.push({
          id: importId,
          fileName,
          importedAt: new Date(Date.UTC(2026, 4, 12, 18, number)).toISOString(),
          rows: fresh.length,
        });
        log.rows.push(...fresh);
      }
      return Promise.resolve(
        structuredClone({
          added: fresh.length,
          alreadyImported: rows.length - fresh.length,
          summary: summarizeComplaints(log),
        }),
      );
    },
    'complaints:rows': () => Promise.resolve(structuredClone(state.complaintLog.rows)),
    'complaints:setTopic': ({ key, topic }) => {
      const rows = state.complaintLog.rows;
      const index = rows.findIndex((row) => row.key === key);
      const row = rows[index];
      if (!row) throw refusal('This complaint is no longer in the log.');
      const updated: ComplaintRow = { ...row, topic, topicChosen: true };
      rows[index] = updated;
      return Promise.resolve(structuredClone(updated));
    },
    'complaints:removeImport': ({ importId }) => {
      const log = state.complaintLog;
      if (!log.imports.some((item) => item.id === importId)) {
        throw refusal('This import is no longer in the list.');
      }
      log.imports = log.imports.filter((item) => item.id !== importId);
      log.rows = log.rows.filter((row) => row.importId !== importId);
      return Promise.resolve(summarizeComplaints(log));
    },
  };
}
