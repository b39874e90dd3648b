import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import { dirname } from 'node:path';
import { syncFolder } from './durable-write';
import { errorCode, type FsPort } from './fs-port';
import {
  isSameProcess,
  systemIdentity,
  type IdentitySource,
  type ProcessIdentity,
} from './process-identity';

interface LockContent extends Partial<ProcessIdentity> {
  pid: number;
  startedAt: string;
}

export interface HeldLock {
  release(): Promise<void>;
}

/**
 * Locks held by this process (per file layer, so a test's simulated restart starts clean):
 * a second open in the same process is refused too.
 */
const heldByLayer = new WeakMap<FsPort, Set<string>>();

function heldHere(fs: FsPort): Set<string> {
  let held = heldByLayer.get(fs);
  if (!held) {
    held = new Set();
    heldByLayer.set(fs, held);
  }
  return held;
}
let asideCounter = 0;

/** Whether a process runs: signal 0 checks without sending anything (EPERM: it runs as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** The folder's lock is held by a live LOS Builder; `pid` names it. */
export class FolderInUseError extends AppError {
  constructor(readonly pid: number) {
    super('storage', refusal('refusals.folderInUse', { pid: String(pid) }));
  }
}

function lockedMessage(pid: number): AppError {
  return new FolderInUseError(pid);
}

function parseLock(bytes: Uint8Array): LockContent | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, startedAt, bootId, bootedAt, processStart } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
    // Locks written before these were recorded have none of them: only the pid is checked.
    return {
      pid,
      startedAt: typeof startedAt === 'string' ? startedAt : '',
      bootId: typeof bootId === 'string' ? bootId : undefined,
      bootedAt: typeof bootedAt === 'number' ? bootedAt : undefined,
      processStart: typeof processStart === 'string' ? processStart : undefined,
    };
  } catch {
    return undefined;
  }
}

async function readLock(fs: FsPort, path: string): Promise<Uint8Array | undefined> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, index) => byte === b[index]);

export interface LockOptions {
  isAlive?: (pid: number) => boolean;
  now?: () => Date;
  identity?: IdentitySource;
}

/**
 * Takes the data folder's lock file (created 'wx', holding the pid, the time, and which start of
 * the computer and of the process wrote it). A lock whose process is gone (a crash, a kill), or
 * whose pid now belongs to another program (after a reboot), is taken over; a live one gets a
 * plain refusal.
 */
export async function acquireLock(
  fs: FsPort,
  path: string,
  options: LockOptions = {},
): Promise<HeldLock> {
  const isAlive = options.isAlive ?? isProcessAlive;
  const identity = options.identity ?? systemIdentity;
  const content = JSON.stringify({
    pid: process.pid,
    startedAt: (options.now?.() ?? new Date()).toISOString(),
    ...identity.current(),
  });
  const mine = new TextEncoder().encode(content);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await tryCreate(fs, path, mine)) {
      heldHere(fs).add(path);
      let released = false;
      return {
        release: async () => {
          // A second release must not drop a lock a later open in this process holds.
          if (released) return;
          released = true;
          await release(fs, path, mine);
        },
      };
    }
    const seen = await readLock(fs, path);
    if (seen === undefined) continue;
    const holder = parseLock(seen);
    if (!holder) {
      // Empty or torn: its writer was killed mid-write, or is writing right now. Look again.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = await readLock(fs, path);
      if (again === undefined || !sameBytes(again, seen)) continue;
    } else {
      const alive =
        holder.pid === process.pid
          ? heldHere(fs).has(path)
          : isAlive(holder.pid) && isSameProcess(holder, identity);
      if (alive) throw lockedMessage(holder.pid);
    }
    await takeOver(fs, path, seen);
  }
  throw new AppError('storage', refusal('refusals.folderTaken'));
}

async function tryCreate(fs: FsPort, path: string, content: Uint8Array): Promise<boolean> {
  let file;
  try {
    file = await fs.openExclusive(path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await file.write(content);
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    await fs.unlink(path).catch(() => undefined);
    throw error;
  }
  await file.close();
  await syncFolder(fs, dirname(path));
  return true;
}

/**
 * Moves a stale lock aside (a rename: only one taker can win it), and deletes it only if it is
 * still the stale one; if another process replaced it meanwhile, puts that one back.
 */
async function takeOver(fs: FsPort, path: string, stale: Uint8Array): Promise<void> {
  asideCounter += 1;
  const aside = `${path}.stale-${process.pid}-${asideCounter}`;
  try {
    await fs.rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await fs.readFile(aside);
  if (sameBytes(moved, stale)) {
    await fs.unlink(aside);
    return;
  }
  await fs.rename(aside, path);
  const holder = parseLock(moved);
  throw lockedMessage(holder?.pid ?? 0);
}

async function release(fs: FsPort, path: string, mine: Uint8Array): Promise<void> {
  heldHere(fs).delete(path);
  const current = await readLock(fs, path).catch(() => undefined);
  if (current && sameBytes(current, mine)) await fs.unlink(path);
}
