import type { Workbook } from '../../shared/domain/workbook';
import type { BackupFolder } from './backups';
import type { FsPort } from './fs-port';
import { setAside } from './set-aside';
import { momentSaid } from '../../shared/domain/time-text';
import { refusal } from '../messages/refusal';
import type { SaidNotice } from '../said-notice';
import type { UnreadableFileError, Versioning } from './workbook-codec';

export interface RecoveryContext {
  fs: FsPort;
  dataPath: string;
  backups: BackupFolder;
  versioning: Versioning;
  clock: () => Date;
  /** Durably writes the restored workbook as the data file. */
  writeData: (workbook: Workbook) => Promise<void>;
}

export interface Recovered {
  /** The restored workbook, or undefined to start empty. */
  workbook: Workbook | undefined;
  notice: SaidNotice;
}

/**
 * The data file exists but cannot be used. Never writes over it: it is renamed aside and kept,
 * then the newest valid backup becomes the data file, and the user is told what happened.
 */
export async function recoverUnreadable(
  context: RecoveryContext,
  failure: UnreadableFileError,
): Promise<Recovered> {
  const kept = await setAside(context.fs, context.dataPath, context.clock());
  const backup = await context.backups.newestValid(context.versioning);
  if (!backup) {
    return {
      workbook: undefined,
      notice: {
        level: 'warning',
        saying: refusal('refusals.startedEmpty', { reason: failure.reason, kept }),
      },
    };
  }
  await context.writeData(backup.workbook);
  return {
    workbook: backup.workbook,
    notice: {
      level: 'warning',
      saying: refusal('refusals.restoredBackup', {
        reason: failure.reason,
        when: momentSaid(backup.savedAt),
        name: backup.name,
        kept,
      }),
    },
  };
}
