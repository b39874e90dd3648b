import { join } from 'node:path';
import { z } from 'zod';
import { syncFolder, writeFileDurably } from './durable-write';
import { errorCode, type FsPort } from './fs-port';
import {
  COMPLAINT_LOG_FILE,
  compactStamp,
  DATA_FILE,
  LINEAGE_FILE,
  parseCompactStamp,
} from './store-files';
import { parseJson } from './workbook-codec';

/** Where replaced data waits, one folder per restore, so a restore can be undone. */
export const REPLACED_FOLDER = 'replaced';
/** Written once the new files are all staged: from then on the restore is finished, even after a kill. */
export const REPLACE_JOURNAL = 'restore-journal.json';
const INCOMING = 'incoming';
const ABOUT = 'about.json';

/** The files a restore swaps together: the agreement, the complaint log and the lineage. */
export const replacedFiles = [DATA_FILE, COMPLAINT_LOG_FILE, LINEAGE_FILE] as const;
export type ReplacedFile = (typeof replacedFiles)[number];

/** The new content of each file; null for a file the restored data does not have. */
export type Replacement = Record<ReplacedFile, string | null>;

const aboutSchema = z.strictObject({
  restoredAt: z.iso.datetime(),
  from: z.string(),
  /** Set when this swap put back what an earlier restore (this id) replaced. */
  undoes: z.string().optional(),
});
export type ReplacedAbout = z.output<typeof aboutSchema>;

const journalSchema = z.strictObject({
  stamp: z.string().regex(/^\d{8}T\d{9}Z$/),
  incoming: z.array(z.enum(replacedFiles)),
  about: aboutSchema,
});

/**
 * Swaps a utility's files for `replacement` so that a kill at any moment leaves either all the
 * old files or all the new ones: the new files are staged durably, then a journal is written
 * (the point of no return), then each old file is moved aside and its new one moved in. Whoever
 * opens the folder next finishes a journaled swap (`finishReplace`) or drops an unfinished
 * staging. The caller holds the folder's lock and has closed its files. Answers the id of the
 * set-aside copy, for undo.
 */
export async function replaceFiles(
  fs: FsPort,
  folder: string,
  replacement: Replacement,
  about: { from: string; now: Date; undoes?: string },
): Promise<string> {
  const stamp = compactStamp(about.now);
  const aside = join(folder, REPLACED_FOLDER, stamp);
  const incoming = join(aside, INCOMING);
  await fs.mkdir(incoming);
  const staged: ReplacedFile[] = [];
  for (const name of replacedFiles) {
    const content = replacement[name];
    if (content === null) continue;
    await writeFileDurably(fs, join(incoming, name), content);
    staged.push(name);
  }
  const journal = {
    stamp,
    incoming: staged,
    about: { restoredAt: about.now.toISOString(), from: about.from, undoes: about.undoes },
  };
  await writeFileDurably(fs, join(folder, REPLACE_JOURNAL), JSON.stringify(journal));
  await finishReplace(fs, folder);
  return stamp;
}

/**
 * Completes a swap whose journal is there (idempotent: each step checks what is done), and
 * removes staging a kill left without a journal. Runs when a utility is opened.
 */
export async function finishReplace(fs: FsPort, folder: string): Promise<void> {
  const journal = await readJournal(fs, folder);
  if (journal) {
    const aside = join(folder, REPLACED_FOLDER, journal.stamp);
    for (const name of replacedFiles) {
      const hasIncoming = await exists(fs, join(aside, INCOMING), name);
      const isDone = journal.incoming.includes(name) && !hasIncoming;
      if (isDone) continue;
      if (!(await exists(fs, aside, name))) {
        await moveIfThere(fs, join(folder, name), join(aside, name));
      }
      if (hasIncoming) await fs.rename(join(aside, INCOMING, name), join(folder, name));
    }
    await syncFolder(fs, aside);
    await syncFolder(fs, folder);
    // Last: with its note of what it restored, the set-aside copy is offered for undo.
    await writeFileDurably(fs, join(aside, ABOUT), JSON.stringify(journal.about));
    await fs.rmdir(join(aside, INCOMING)).catch(() => undefined);
    await fs.unlink(join(folder, REPLACE_JOURNAL));
    await syncFolder(fs, folder);
  }
  await dropUnfinishedStaging(fs, folder);
}

/** The restores that can be undone, newest first, with what each restored. */
export async function listReplaced(
  fs: FsPort,
  folder: string,
): Promise<{ id: string; about: ReplacedAbout }[]> {
  const names = await fs.readdir(join(folder, REPLACED_FOLDER)).catch(() => []);
  const found: { id: string; about: ReplacedAbout }[] = [];
  for (const id of names
    .filter((name) => parseCompactStamp(name))
    .sort()
    .reverse()) {
    try {
      const about = aboutSchema.parse(
        parseJson(await fs.readFile(join(folder, REPLACED_FOLDER, id, ABOUT))),
      );
      found.push({ id, about });
    } catch {
      // Not a finished set-aside copy; nothing to offer.
    }
  }
  return found;
}

/**
 * Forgets a swap that set nothing aside (the files went into a new, empty folder), so no undo
 * is offered for it; a set-aside copy that holds files is never removed.
 */
export async function forgetEmptyReplace(fs: FsPort, folder: string, id: string): Promise<void> {
  const aside = join(folder, REPLACED_FOLDER, id);
  const names = await fs.readdir(aside).catch((): string[] => []);
  if (names.some((name) => name !== ABOUT)) return;
  await fs.unlink(join(aside, ABOUT)).catch(() => undefined);
  await fs.rmdir(aside).catch(() => undefined);
}

/** The newest restore that can still be undone: not itself an undo, and not undone since. */
export function undoableRestore(
  replaced: readonly { id: string; about: ReplacedAbout }[],
): { id: string; about: ReplacedAbout } | undefined {
  const undone = new Set(replaced.flatMap((entry) => entry.about.undoes ?? []));
  return replaced.find((entry) => entry.about.undoes === undefined && !undone.has(entry.id));
}

/** What a set-aside copy holds, ready to be put back through `replaceFiles`. */
export async function readReplaced(fs: FsPort, folder: string, id: string): Promise<Replacement> {
  const aside = join(folder, REPLACED_FOLDER, id);
  const entries = await Promise.all(
    replacedFiles.map(
      async (name) => [name, await readTextIfThere(fs, join(aside, name))] as const,
    ),
  );
  return Object.fromEntries(entries) as Replacement;
}

async function readJournal(fs: FsPort, folder: string) {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(join(folder, REPLACE_JOURNAL));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  // The journal is written durably, so it is whole or absent; anything else is not ours.
  return journalSchema.parse(parseJson(bytes));
}

async function dropUnfinishedStaging(fs: FsPort, folder: string): Promise<void> {
  const replaced = join(folder, REPLACED_FOLDER);
  for (const id of await fs.readdir(replaced).catch(() => [])) {
    const incoming = join(replaced, id, INCOMING);
    const left = await fs.readdir(incoming).catch(() => null);
    if (left === null) continue;
    for (const name of left) await fs.unlink(join(incoming, name)).catch(() => undefined);
    await fs.rmdir(incoming).catch(() => undefined);
    if ((await fs.readdir(join(replaced, id)).catch(() => [])).length === 0) {
      await fs.rmdir(join(replaced, id)).catch(() => undefined);
    }
  }
}

export async function readTextIfThere(fs: FsPort, path: string): Promise<string | null> {
  try {
    // Buffer keeps a byte-order mark as it is, so the text writes back byte for byte.
    return Buffer.from(await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function exists(fs: FsPort, folder: string, name: string): Promise<boolean> {
  const names = await fs.readdir(folder).catch((): string[] => []);
  return names.includes(name);
}

async function moveIfThere(fs: FsPort, from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}
