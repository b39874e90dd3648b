import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { syncFolder, writeFileDurably } from '../store/durable-write';
import { errorCode, type FsPort } from '../store/fs-port';
import {
  BACKUP_FOLDER,
  COMPLAINT_LOG_FILE,
  compactStamp,
  DATA_FILE,
  LINEAGE_FILE,
  parseCompactStamp,
} from '../store/store-files';
import { REPLACED_FOLDER } from '../store/replace-files';
import { parseJson } from '../store/workbook-codec';

/**
 * Where each utility lives under the data folder (docs/data-format.md "Several utilities"):
 * the folder itself is the first utility, as it always was, untouched; every other one has its
 * own folder in `utilities/`; a removed one waits in `removed/<key>-<stamp>/`.
 */
export const FIRST_UTILITY = 'first';
export const UTILITIES_FOLDER = 'utilities';
export const REMOVED_FOLDER = 'removed';
/** Which utility was open last, so the app reopens it. */
export const LIBRARY_FILE = 'library.json';
/** Written before the first utility's files move to `removed/`, so a kill cannot split them. */
const FIRST_REMOVAL_JOURNAL = 'removing-first.json';

/** What the first utility's folder holds of its own (window.json and the rest belong to the app). */
const firstUtilityEntries = [
  LINEAGE_FILE,
  COMPLAINT_LOG_FILE,
  BACKUP_FOLDER,
  REPLACED_FOLDER,
  DATA_FILE,
] as const;

const keyPattern = /^[a-z0-9-]{1,40}$/;
const removalPattern = /^([a-z0-9-]{1,40})-(\d{8}T\d{9}Z)$/;

export function folderOf(root: string, key: string): string {
  return key === FIRST_UTILITY ? root : join(root, UTILITIES_FOLDER, key);
}

export function newUtilityKey(): string {
  return `u-${randomBytes(5).toString('hex')}`;
}

/** The keys of the utilities kept here: the first one when it holds data (or is all there is). */
export async function utilityKeys(fs: FsPort, root: string): Promise<string[]> {
  const others = (await fs.readdir(join(root, UTILITIES_FOLDER)).catch((): string[] => []))
    .filter((name) => keyPattern.test(name) && name !== FIRST_UTILITY)
    .sort();
  const rootNames = await fs.readdir(root).catch((): string[] => []);
  const firstHoldsData = rootNames.includes(DATA_FILE);
  return firstHoldsData || others.length === 0 ? [FIRST_UTILITY, ...others] : others;
}

const librarySchema = z.strictObject({ lastOpened: z.string().regex(keyPattern) });

export async function readLastOpened(fs: FsPort, root: string): Promise<string | undefined> {
  try {
    return librarySchema.parse(parseJson(await fs.readFile(join(root, LIBRARY_FILE)))).lastOpened;
  } catch {
    // Missing or damaged: the first utility opens, which loses nothing.
    return undefined;
  }
}

export async function saveLastOpened(fs: FsPort, root: string, key: string): Promise<void> {
  await writeFileDurably(fs, join(root, LIBRARY_FILE), JSON.stringify({ lastOpened: key }));
}

export interface RemovedFolder {
  removalId: string;
  key: string;
  removedAt: Date;
}

export async function removedFolders(fs: FsPort, root: string): Promise<RemovedFolder[]> {
  const names = await fs.readdir(join(root, REMOVED_FOLDER)).catch((): string[] => []);
  return names
    .flatMap((removalId) => {
      const match = removalPattern.exec(removalId);
      const removedAt = match?.[2] === undefined ? undefined : parseCompactStamp(match[2]);
      return match?.[1] && removedAt ? [{ removalId, key: match[1], removedAt }] : [];
    })
    .sort((a, b) => b.removedAt.getTime() - a.removedAt.getTime());
}

/**
 * Moves a utility's folder to `removed/` in one rename (the first utility's own files, under a
 * journal). The caller holds its lock; answers where it went.
 */
export async function moveToRemoved(
  fs: FsPort,
  root: string,
  key: string,
  now: Date,
): Promise<string> {
  const removalId = `${key}-${compactStamp(now)}`;
  await fs.mkdir(join(root, REMOVED_FOLDER));
  if (key !== FIRST_UTILITY) {
    await fs.rename(folderOf(root, key), join(root, REMOVED_FOLDER, removalId));
    await syncFolder(fs, join(root, REMOVED_FOLDER));
    return removalId;
  }
  await fs.mkdir(join(root, REMOVED_FOLDER, removalId));
  await writeFileDurably(fs, join(root, FIRST_REMOVAL_JOURNAL), JSON.stringify({ removalId }));
  await finishFirstRemoval(fs, root);
  return removalId;
}

/** Completes a journaled removal of the first utility (each move is skipped once done). */
export async function finishFirstRemoval(fs: FsPort, root: string): Promise<void> {
  let removalId: string;
  try {
    const raw = parseJson(await fs.readFile(join(root, FIRST_REMOVAL_JOURNAL)));
    removalId = z
      .strictObject({ removalId: z.string().regex(removalPattern) })
      .parse(raw).removalId;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const target = join(root, REMOVED_FOLDER, removalId);
  await fs.mkdir(target);
  for (const name of firstUtilityEntries) {
    try {
      await fs.rename(join(root, name), join(target, name));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  await syncFolder(fs, target);
  await syncFolder(fs, root);
  await fs.unlink(join(root, FIRST_REMOVAL_JOURNAL));
}

/** Puts a removed utility back as a utility of its own (a new key when its old one is taken). */
export async function moveBackFromRemoved(
  fs: FsPort,
  root: string,
  removal: RemovedFolder,
): Promise<string> {
  const taken = new Set(await utilityKeys(fs, root));
  const key =
    removal.key !== FIRST_UTILITY && !taken.has(removal.key) ? removal.key : newUtilityKey();
  await fs.mkdir(join(root, UTILITIES_FOLDER));
  await fs.rename(join(root, REMOVED_FOLDER, removal.removalId), folderOf(root, key));
  await syncFolder(fs, join(root, UTILITIES_FOLDER));
  return key;
}
