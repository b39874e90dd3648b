import { join } from 'node:path';
import { backupsToKeep, defaultRotationPolicy, type RotationPolicy } from './backup-rotation';
import { writeFileDurably } from './durable-write';
import type { FsPort } from './fs-port';
import { decodeBackup, type Restorable } from '../backup/backup-file';
import { backupFileName, backupTime, isBackupFile } from './store-files';
import { decodeWorkbookFile, type DecodedFile, type Versioning } from './workbook-codec';

export interface FoundBackup extends DecodedFile {
  name: string;
}

/** The backups folder: durable backup files (the data file and complaint log), rotated. */
export class BackupFolder {
  constructor(
    private readonly fs: FsPort,
    private readonly folder: string,
    private readonly policy: RotationPolicy = defaultRotationPolicy,
  ) {}

  /** Writes a backup file taken at `now`, then drops the ones the rotation no longer keeps. */
  async write(content: string, now: Date): Promise<string> {
    await this.fs.mkdir(this.folder);
    const name = backupFileName(now);
    await writeFileDurably(this.fs, join(this.folder, name), content);
    await this.rotate(now);
    return name;
  }

  /** Backup file names with their times, newest first. */
  async list(): Promise<{ name: string; taken: Date }[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const taken = backupTime(name);
        return taken ? [{ name, taken }] : [];
      })
      .sort((a, b) => b.taken.getTime() - a.taken.getTime());
  }

  /** The newest backup that reads and validates, skipping damaged or too-new ones. */
  async newestValid(versioning: Versioning): Promise<FoundBackup | undefined> {
    for (const { name } of await this.list()) {
      try {
        const bytes = await this.fs.readFile(join(this.folder, name));
        if (!isBackupFile(name)) return { name, ...decodeWorkbookFile(bytes, versioning) };
        const backup = decodeBackup(bytes, versioning);
        return {
          name,
          workbook: backup.workbook,
          schemaVersion: backup.dataFormat,
          savedAt: backup.savedAt,
        };
      } catch {
        // A damaged or newer-format backup is no use here; the next older one may be.
      }
    }
    return undefined;
  }

  /** A name that tells this folder's backup apart from another utility's of the same time. */
  key(name: string): string {
    return join(this.folder, name);
  }

  /** One backup's bytes, as they are. */
  readBytes(name: string): Promise<Uint8Array> {
    return this.fs.readFile(join(this.folder, name));
  }

  /**
   * One automatic backup, checked. A copy of the data file alone (made before backups held the
   * complaint log) reads with no log and no lineage.
   */
  async read(name: string, versioning: Versioning): Promise<Restorable> {
    const bytes = await this.readBytes(name);
    if (isBackupFile(name)) return decodeBackup(bytes, versioning);
    const decoded = decodeWorkbookFile(bytes, versioning);
    return {
      parts: { workbook: Buffer.from(bytes).toString('utf8'), complaintLog: null },
      workbook: decoded.workbook,
      savedAt: decoded.savedAt,
      dataFormat: decoded.schemaVersion,
      complaintRows: 0,
      lineage: null,
      createdAt: backupTime(name) ?? decoded.savedAt,
      appVersion: null,
    };
  }

  private async rotate(now: Date): Promise<void> {
    const all = await this.list();
    const kept = new Set(
      backupsToKeep(
        all.map((entry) => entry.taken),
        now,
        this.policy,
      ),
    );
    for (const entry of all) {
      if (!kept.has(entry.taken)) {
        await this.fs.unlink(join(this.folder, entry.name)).catch(() => undefined);
      }
    }
  }
}
