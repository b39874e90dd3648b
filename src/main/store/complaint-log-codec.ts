import { complaintLogSchema, type ComplaintLog } from '../../shared/domain/customers/complaint-log';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import { complaintLogMigrations } from './complaint-log-migrations';
import { migrate } from './migrations';
import { envelopeSchema, parseJson, UnreadableFileError } from './workbook-codec';

/**
 * The complaint log's own format number; it changes apart from the workbook's. 2: a time of
 * 00:00 is a real midnight (format 1 also kept the 00:00 an export writes for "no time").
 */
export const complaintLogSchemaVersion = 2;

/** 200,000 rows of long descriptions; far beyond what a 20 MB import at a time can build up to. */
const maxLogFileBytes = 400 * 1024 * 1024;

/**
 * Bytes of complaint-log.json → a valid log, an older format migrated in memory (it is written
 * in the new format at the next save; the CSV files are the originals). Throws
 * UnreadableFileError for damage, and AppError('storage') for a file from a newer version,
 * which must be left as it is.
 */
export function decodeComplaintLogFile(bytes: Uint8Array): ComplaintLog {
  const json = parseJson(bytes, maxLogFileBytes);
  if (json === null) throw new UnreadableFileError('noData');
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new UnreadableFileError('notFormat');
  const { schemaVersion, data } = envelope.data;
  if (schemaVersion > complaintLogSchemaVersion) {
    const format = schemaVersion;
    throw new AppError('storage', refusal('refusals.newerComplaintLog', { format }));
  }
  const log = complaintLogSchema.safeParse(
    migrate(data, schemaVersion, complaintLogMigrations, complaintLogSchemaVersion),
  );
  if (!log.success) throw new UnreadableFileError('failedChecks');
  return log.data;
}

/** Compact JSON: a 50,000-row log is written whole on every import, so every byte counts. */
export function encodeComplaintLogFile(
  log: ComplaintLog,
  meta: { appVersion: string; savedAt: Date },
): string {
  return JSON.stringify({
    schemaVersion: complaintLogSchemaVersion,
    savedAt: meta.savedAt.toISOString(),
    appVersion: meta.appVersion,
    data: log,
  });
}
