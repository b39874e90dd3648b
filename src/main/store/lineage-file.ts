import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './durable-write';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import { errorCode, type FsPort } from './fs-port';
import { unreadableFileError } from './storage-error';
import { LINEAGE_FILE } from './store-files';
import { parseJson } from './workbook-codec';

const copyIdPattern = /^[0-9a-f-]{36}$/;

/**
 * For each copy of a utility (a folder on one computer), how many times it changed its data
 * between backups, as far as this data knows: a version vector. Two copies' counts say
 * whether one holds everything the other does, or both changed since they last matched.
 */
export const changeCountsSchema = z
  .record(z.string().regex(copyIdPattern), z.number().int().min(0))
  .refine((counts) => Object.keys(counts).length <= 1000, 'Too many copies.');
export type ChangeCounts = z.output<typeof changeCountsSchema>;

const lineageSchema = z.strictObject({
  format: z.literal(1),
  /** The same on every computer that holds this utility (it travels in backups). */
  utilityId: z.string().regex(copyIdPattern),
  /** This folder's own id: a copy on another computer has another. */
  copyId: z.string().regex(copyIdPattern),
  changes: changeCountsSchema,
  /** Whether the data changed since it was last carried in or out (then a count was added). */
  changedSinceShared: z.boolean(),
});
export type Lineage = z.output<typeof lineageSchema>;

export function newLineage(utilityId: string = randomUUID()): Lineage {
  return { format: 1, utilityId, copyId: randomUUID(), changes: {}, changedSinceShared: false };
}

export function encodeLineage(lineage: Lineage): string {
  return `${JSON.stringify(lineage)}\n`;
}

/**
 * The folder's lineage as stored; null when there is none, or it is damaged (only its history
 * is lost then, never data). Never writes. A read the disk refuses, or a lineage from a newer
 * version, is an error: replacing either would give the utility a new identity.
 */
export async function loadLineage(fs: FsPort, folder: string): Promise<Lineage | null> {
  const path = join(folder, LINEAGE_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw unreadableFileError(error, 'lineage', path);
  }
  let json: unknown;
  try {
    json = parseJson(bytes);
  } catch {
    return null;
  }
  const format = z.looseObject({ format: z.number() }).safeParse(json);
  if (format.success && format.data.format > 1) {
    throw new AppError('storage', refusal('refusals.newerLineage', { path }));
  }
  const parsed = lineageSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The folder's lineage; a new one, written, when there is none yet or it cannot be read. */
export async function readLineage(fs: FsPort, folder: string): Promise<Lineage> {
  const stored = await loadLineage(fs, folder);
  if (stored) return stored;
  // Missing or damaged: the data itself is untouched; only its history starts again.
  const fresh = newLineage();
  await writeFileDurably(fs, join(folder, LINEAGE_FILE), encodeLineage(fresh));
  return fresh;
}

/**
 * Counts a change by this copy, once between two backups: the first save after data was
 * carried in or out adds one, later ones need no write. Called before the save, so a crash
 * never leaves changed data with counts that say it did not change.
 */
export class LineageFile {
  #lineage: Lineage;

  constructor(
    private readonly fs: FsPort,
    private readonly folder: string,
    lineage: Lineage,
  ) {
    this.#lineage = lineage;
  }

  current(): Lineage {
    return this.#lineage;
  }

  async noteChange(): Promise<void> {
    const lineage = this.#lineage;
    if (lineage.changedSinceShared) return;
    const own = lineage.changes[lineage.copyId] ?? 0;
    await this.#write({
      ...lineage,
      changes: { ...lineage.changes, [lineage.copyId]: own + 1 },
      changedSinceShared: true,
    });
  }

  /** The data as it is now was carried out in a backup. */
  async shared(): Promise<void> {
    if (this.#lineage.changedSinceShared) {
      await this.#write({ ...this.#lineage, changedSinceShared: false });
    }
  }

  async #write(next: Lineage): Promise<void> {
    await writeFileDurably(this.fs, join(this.folder, LINEAGE_FILE), encodeLineage(next));
    this.#lineage = next;
  }
}

/** After a restore: the incoming utility's id, and every copy's count at its highest. */
export function adoptLineage(
  local: Lineage,
  incoming: { utilityId: string; changes: ChangeCounts },
): Lineage {
  const changes: ChangeCounts = { ...incoming.changes };
  if (local.utilityId === incoming.utilityId) {
    for (const [copy, count] of Object.entries(local.changes)) {
      changes[copy] = Math.max(count, changes[copy] ?? 0);
    }
  }
  return { ...local, utilityId: incoming.utilityId, changes, changedSinceShared: false };
}

export type ChangeOrder = 'same' | 'newer' | 'older' | 'both-changed';

/** How incoming counts relate to local ones: newer holds all of local's changes, and so on. */
export function compareChanges(local: ChangeCounts, incoming: ChangeCounts): ChangeOrder {
  let localAhead = false;
  let incomingAhead = false;
  for (const copy of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const mine = local[copy] ?? 0;
    const theirs = incoming[copy] ?? 0;
    if (mine > theirs) localAhead = true;
    if (theirs > mine) incomingAhead = true;
  }
  if (localAhead && incomingAhead) return 'both-changed';
  if (localAhead) return 'older';
  return incomingAhead ? 'newer' : 'same';
}
