import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface BackupFileShape {
  kind: string;
  parts: { workbook: string; complaintLog: string | null };
}

/** A backup file's parts, as LOS Builder wrote them (the data file and log, exact text). */
export async function backupParts(path: string): Promise<BackupFileShape['parts']> {
  const file = JSON.parse(await readFile(path, 'utf8')) as BackupFileShape;
  if (file.kind !== 'los-builder-backup') throw new Error(`${path} is not a backup file.`);
  return file.parts;
}

/** The data file as each automatic backup in `dir/backups` holds it, oldest first. */
export async function backedUpDataFiles(dir: string): Promise<string[]> {
  const names = (await readdir(join(dir, 'backups')))
    .filter((name) => name.endsWith('.losbackup'))
    .sort();
  return Promise.all(
    names.map(async (name) => (await backupParts(join(dir, 'backups', name))).workbook),
  );
}
