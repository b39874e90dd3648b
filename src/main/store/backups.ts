import { join } from 'node:path';
import { backupsToKeep, defaultRotationPolicy, type RotationPolicy } from './backup-rotation';
import { writeFileDurably } from './durable-write';
import type { FsPort } from './fs-port';
import { backupFileName, backupTime } from './store-files';
import { decodeWorkbookFile, type DecodedFile, type Versioning } from './workbook-codec';

export interface FoundBackup extends DecodedFile {
  name: string;
}

/** The backups folder: durable copies of the data file, rotated. */
export class BackupFolder {
  constructor(
    private readonly fs: FsPort,
    private readonly folder: string,
    private readonly policy: RotationPolicy = defaultRotationPolicy,
  ) {}

  /** Writes a backup taken at `now`, then drops the ones the rotation no longer keeps. */
  async write(content: string | Uint8Array, now: Date): Promise<string> {
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
        return { name, ...decodeWorkbookFile(bytes, versioning) };
      } catch {
        // A damaged or newer-format backup is no use here; the next older one may be.
      }
    }
    return undefined;
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
