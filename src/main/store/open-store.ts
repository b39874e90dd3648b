import { join } from 'node:path';
import { Low } from 'lowdb';
import { emptyWorkbook, type Workbook } from '../../shared/domain/workbook';
import { BackupFolder } from './backups';
import { ComplaintLogStore } from './complaint-log-store';
import { makeBackup } from '../backup/make-backup';
import { isTempFileName } from './durable-write';
import { nodeFsPort, type FsPort } from './fs-port';
import { LineageFile, readLineage } from './lineage-file';
import { acquireLock } from './lock-file';
import { migrations, type Migration } from './migrations';
import { recoverUnreadable } from './recovery';
import { finishReplace } from './replace-files';
import { currentSchemaVersion } from './schema-version';
import { WorkbookRepository } from './repository';
import type { SaidNotice } from '../said-notice';
import { backupFailedNotice, toStorageError } from './storage-error';
import { LOCK_FILE, storePaths } from './store-files';
import { UnreadableFileError, type Versioning } from './workbook-codec';
import { WorkbookFileAdapter } from './workbook-file-adapter';

export interface OpenStoreOptions {
  dataDir: string;
  appVersion: string;
  /** Test seams; production uses the defaults. */
  fs?: FsPort;
  clock?: () => Date;
  isProcessAlive?: (pid: number) => boolean;
  /** Shortest time between periodic backups while there are changes (default 5 minutes). */
  backupIntervalMs?: number;
  schemaVersion?: number;
  migrations?: readonly Migration[];
  log?: (message: string) => void;
}

export interface OpenedStore {
  repository: WorkbookRepository;
  /** The imported complaint log, in its own file under the same lock. */
  complaints: ComplaintLogStore;
  /** What the user should be told once (a restored backup, a damaged file set aside). */
  notices: SaidNotice[];
  /** Who this utility is, and which copies' changes its data holds. */
  lineage: LineageFile;
  /** The automatic backups. */
  backups: BackupFolder;
  versioning: Versioning;
  /** The utility as a backup file's text, once pending saves are on disk. */
  backup(): Promise<string>;
  /** Settles once the start-up backup is on disk, or its failure is among the notices. */
  startupBackup: Promise<void>;
  /** Waits for pending saves (workbook and complaint log) and releases the lock. */
  close(): Promise<void>;
}

const defaultBackupIntervalMs = 5 * 60 * 1000;

/**
 * Opens the data folder: takes the lock, loads (or recovers) the workbook, backs it up and
 * answers the repository. Throws AppError('storage') with a plain sentence when the folder is
 * in use, the file is from a newer version, or the disk fails.
 */
export async function openStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const fs = options.fs ?? nodeFsPort;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const paths = storePaths(options.dataDir);
  const versioning: Versioning = {
    schemaVersion: options.schemaVersion ?? currentSchemaVersion,
    migrations: options.migrations ?? migrations,
  };
  let lock;
  try {
    await fs.mkdir(options.dataDir);
    lock = await acquireLock(fs, paths.lock, { isAlive: options.isProcessAlive, now: clock });
  } catch (error) {
    throw toStorageError(error, 'open');
  }
  try {
    await removeLeftovers(fs, options.dataDir, paths.backups);
    // A restore a kill interrupted is finished (or its unfinished staging dropped) before reading.
    await finishReplace(fs, options.dataDir);
    const adapter = new WorkbookFileAdapter(fs, paths.data, {
      versioning,
      appVersion: options.appVersion,
      clock,
    });
    const db = new Low<Workbook>(adapter, emptyWorkbook());
    const backups = new BackupFolder(fs, paths.backups);
    const notices: SaidNotice[] = [];
    let lastBackupAt = Number.NEGATIVE_INFINITY;
    const backupOf = (workbookText?: string, dataFormat = versioning.schemaVersion) =>
      makeBackup({
        fs,
        folder: options.dataDir,
        workbookText,
        workbook: db.data,
        encodeWorkbook: () => adapter.encode(db.data),
        dataFormat,
        lineage: lineage.current(),
        complaintRows: complaintRows(),
        appVersion: options.appVersion,
        now: clock(),
      });
    let complaintRows = () => 0;
    let loaded: WorkbookFileAdapter['lastRead'];
    try {
      await db.read();
      loaded = adapter.lastRead;
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      const recovered = await recoverUnreadable(
        {
          fs,
          dataPath: paths.data,
          backups,
          versioning,
          clock,
          writeData: (workbook) => adapter.write(workbook),
        },
        error,
      );
      if (recovered.workbook) db.data = recovered.workbook;
      notices.push(recovered.notice);
    }
    // Read after the data file, so a folder from a newer version is refused before anything is written.
    const lineage = new LineageFile(fs, options.dataDir, await readLineage(fs, options.dataDir));
    // The log is opened before the start-up backup, so a damaged one is set aside, not copied.
    const opened = await ComplaintLogStore.open({
      fs,
      path: paths.complaints,
      appVersion: options.appVersion,
      clock,
      beforeSave: () => lineage.noteChange(),
    });
    if (opened.notice) notices.push(opened.notice);
    complaintRows = () => opened.store.read().rows.length;
    let startupBackup: Promise<void> = Promise.resolve();
    if (loaded) {
      const loadedText = Buffer.from(loaded.bytes).toString('utf8');
      const writeStartBackup = () =>
        backupOf(loadedText, loaded.schemaVersion).then((text) => backups.write(text, clock()));
      if (loaded.schemaVersion < versioning.schemaVersion) {
        // The old file goes to a backup before the migrated one replaces it; no backup, no migration.
        await writeStartBackup();
        await adapter.write(db.data);
        lastBackupAt = clock().getTime();
      } else {
        // Written while the app opens: with a large complaint log it is 25 MB, and waiting for
        // it cost half a second of every start. Periodic backups wait for their interval after it.
        lastBackupAt = clock().getTime();
        startupBackup = writeStartBackup().then(
          () => undefined,
          (error: unknown) => {
            lastBackupAt = Number.NEGATIVE_INFINITY;
            log(`Start-up backup failed: ${String(error)}`);
            // The app keeps working on its data file; the user is told backups are not made.
            notices.push({ level: 'warning', saying: backupFailedNotice(error, paths.backups) });
          },
        );
      }
    }
    const interval = options.backupIntervalMs ?? defaultBackupIntervalMs;
    const repository = new WorkbookRepository(
      db,
      async () => {
        const now = clock();
        if (now.getTime() - lastBackupAt < interval) return;
        try {
          await backups.write(await backupOf(), now);
          lastBackupAt = now.getTime();
        } catch (error) {
          // The data file itself is saved; a missed backup is retried after the next change.
          log(`Periodic backup failed: ${String(error)}`);
        }
      },
      // Moving between steps is not a change to the agreement another copy would miss.
      (saved, next) => (onlyWizardMoved(saved, next) ? Promise.resolve() : lineage.noteChange()),
    );
    const complaints = opened.store;
    const held = lock;
    return {
      repository,
      complaints,
      notices,
      lineage,
      backups,
      versioning,
      backup: async () => {
        await Promise.all([repository.flush(), complaints.flush()]);
        return backupOf();
      },
      startupBackup,
      close: async () => {
        try {
          await Promise.all([repository.close(), complaints.close(), startupBackup]);
        } finally {
          await held.release();
        }
      },
    };
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw toStorageError(error, 'open');
  }
}

/** Temp files and set-aside locks that only a crash leaves behind; we hold the lock now. */
async function removeLeftovers(fs: FsPort, dataDir: string, backupDir: string): Promise<void> {
  for (const folder of [dataDir, backupDir]) {
    const names = await fs.readdir(folder).catch(() => []);
    for (const name of names) {
      if (isTempFileName(name) || name.startsWith(`${LOCK_FILE}.stale-`)) {
        await fs.unlink(join(folder, name)).catch(() => undefined);
      }
    }
  }
}

/** Whether a save only moved the wizard to another step (every other part is the same object). */
function onlyWizardMoved(saved: Workbook, next: Workbook): boolean {
  return (Object.keys(next) as (keyof Workbook)[]).every(
    (key) => key === 'wizard' || next[key] === saved[key],
  );
}
