import type { AutomaticBackup, BackupSummary } from '../../shared/api/library-contract';
import type { Language } from '../../shared/domain/printed-date';
import { AppError } from '../app-error';
import { refusal, refusalIn } from '../messages/refusal';
import type { BackupFolder } from '../store/backups';
import { readProblem } from '../store/storage-error';
import { isBackupFile } from '../store/store-files';
import type { Versioning } from '../store/workbook-codec';
import { readBackupManifest, type BackupManifest } from './backup-file';
import { summaryOf } from './backup-summary';

/** A backup file never changes once written, so what it holds is read once per name and language. */
const described = new Map<string, BackupSummary>();

/**
 * The automatic backups, newest first, each with what it holds or why it cannot be read (in
 * the language of the window that asks).
 */
export async function describeAutomaticBackups(
  backups: BackupFolder,
  versioning: Versioning,
  language: Language,
): Promise<AutomaticBackup[]> {
  const found: AutomaticBackup[] = [];
  for (const { name, taken } of await backups.list()) {
    const takenAt = taken.toISOString();
    try {
      const key = `${language}:${backups.key(name)}`;
      const summary = described.get(key) ?? (await summarize(backups, name, versioning, language));
      described.set(key, summary);
      found.push({ name, takenAt, summary, problem: null });
    } catch (error) {
      const problem =
        error instanceof AppError
          ? error.messageIn(language)
          : refusalIn(
              refusal('refusals.automaticUnreadable', { problem: readProblem(error) }),
              language,
            );
      found.push({ name, takenAt, summary: null, problem });
    }
  }
  return found;
}

async function summarize(
  backups: BackupFolder,
  name: string,
  versioning: Versioning,
  language: Language,
): Promise<BackupSummary> {
  // An older copy of the data file alone is read whole; a backup file says what it holds.
  if (!isBackupFile(name)) return summaryOf(await backups.read(name, versioning), language);
  return fromManifest(readBackupManifest(await backups.readBytes(name)));
}

function fromManifest(manifest: BackupManifest): BackupSummary {
  return {
    utilityName: manifest.utility.name,
    systemId: manifest.utility.systemId,
    revision: manifest.holds.revision,
    status: manifest.holds.status,
    lastChange: manifest.holds.lastChange,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    goals: manifest.holds.goals,
    approvals: manifest.holds.approvals,
    customerEntries: manifest.holds.customerEntries,
    complaintRows: manifest.holds.complaintRows,
  };
}
