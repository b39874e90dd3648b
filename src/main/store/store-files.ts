import { join } from 'node:path';

/** The names of everything the store keeps in the data folder (docs/data-format.md). */
export const DATA_FILE = 'los-builder.json';
export const LOCK_FILE = 'los-builder.lock';
export const BACKUP_FOLDER = 'backups';
/** The imported complaint log: its own file, so a 50,000-row log does not slow every save. */
export const COMPLAINT_LOG_FILE = 'complaint-log.json';
/** Who the utility is and which copies' changes its data holds (lineage-file.ts). */
export const LINEAGE_FILE = 'lineage.json';

// `.losbackup`: a backup file as "Save a backup" writes one; `.json`: the data file alone, as
// versions before backups held the complaint log wrote them (still read and rotated).
const backupPattern = /^los-builder\.backup-(\d{8}T\d{9}Z)\.(losbackup|json)$/;

export function storePaths(dataDir: string) {
  return {
    data: join(dataDir, DATA_FILE),
    lock: join(dataDir, LOCK_FILE),
    backups: join(dataDir, BACKUP_FOLDER),
    complaints: join(dataDir, COMPLAINT_LOG_FILE),
    lineage: join(dataDir, LINEAGE_FILE),
  };
}

/** `2026-11-26T14:05:12.345Z` → `20261126T140512345Z`: sortable, and legal on Windows. */
export function compactStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function parseCompactStamp(stamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function backupFileName(date: Date): string {
  return `los-builder.backup-${compactStamp(date)}.losbackup`;
}

/** Whether an automatic backup is a whole backup file rather than an older copy of the data file alone. */
export function isBackupFile(name: string): boolean {
  return name.endsWith('.losbackup');
}

/** When a backup was taken, from its name; undefined for any other file. */
export function backupTime(name: string): Date | undefined {
  const match = backupPattern.exec(name);
  return match?.[1] === undefined ? undefined : parseCompactStamp(match[1]);
}

/** Where an unreadable file is set aside: `<base>.corrupt-<stamp>.json`, such as `los-builder.corrupt-…`. */
export function corruptFileName(date: Date, attempt: number, base: string): string {
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${base}.corrupt-${compactStamp(date)}${suffix}.json`;
}
