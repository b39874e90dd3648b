import type { Workbook } from '../../shared/domain/workbook';
import type { FsPort } from '../store/fs-port';
import type { Lineage } from '../store/lineage-file';
import { readTextIfThere } from '../store/replace-files';
import { storePaths } from '../store/store-files';
import { savedAtOf } from '../store/workbook-codec';
import { encodeBackup } from './backup-file';

export interface MakeBackupInput {
  fs: FsPort;
  folder: string;
  /** The agreement data as it is on disk, when known (at start-up, before it is converted). */
  workbookText?: string;
  /** The data in memory: its name and system ID go in the manifest. */
  workbook: Workbook;
  /** Written when nothing is on disk yet, so even an empty utility can be carried. */
  encodeWorkbook: () => string;
  dataFormat: number;
  lineage: Lineage;
  /** How many rows the complaint log on disk holds. */
  complaintRows: number;
  appVersion: string;
  now: Date;
}

/**
 * A backup file of a utility's folder as it is: the data file and the complaint log byte for
 * byte (the caller has let pending saves finish), with the lineage that says whose they are.
 */
export async function makeBackup(input: MakeBackupInput): Promise<string> {
  const paths = storePaths(input.folder);
  const onDisk = input.workbookText ?? (await readTextIfThere(input.fs, paths.data));
  const workbookText = onDisk ?? input.encodeWorkbook();
  return encodeBackup({
    parts: {
      workbook: workbookText,
      complaintLog: await readTextIfThere(input.fs, paths.complaints),
    },
    workbook: input.workbook,
    holds: {
      lastChange: savedAtOf(workbookText) ?? input.now,
      complaintRows: input.complaintRows,
    },
    lineage: { utilityId: input.lineage.utilityId, changes: input.lineage.changes },
    appVersion: input.appVersion,
    dataFormat: input.dataFormat,
    createdAt: input.now,
  });
}
