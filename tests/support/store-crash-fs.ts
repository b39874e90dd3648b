import { basename, dirname } from 'node:path';
import type { FsFile, FsPort } from '../../src/main/store/fs-port';

interface Inode {
  /** What a read sees now (the page cache). */
  data: Uint8Array;
  /** What is on the platter: only what an fsync pushed there. */
  durable: Uint8Array;
}

interface Folder {
  entries: Map<string, Inode>;
  /** The entries as of the folder's last fsync. */
  durableEntries: Map<string, Inode>;
}

/**
 * How a crash may leave the disk: `synced-only` keeps only fsynced contents and only the
 * folder entries of the last folder fsync; `metadata-flushed` keeps every create and rename
 * (the journal committed them) but still only fsynced contents, the ext4 "zero-length file".
 */
export type CrashMode = 'synced-only' | 'metadata-flushed';

/** Runs a synchronous model step as a file call would: failures become rejections. */
function settle<T>(step: () => T): Promise<T> {
  try {
    return Promise.resolve(step());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function errnoError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** An in-memory file layer that models what survives a power cut. */
export class CrashModelFs implements FsPort {
  #folders = new Map<string, Folder>();
  #crashed = false;

  #folder(path: string): Folder {
    const folder = this.#folders.get(path);
    if (!folder) throw errnoError('ENOENT', path);
    return folder;
  }

  #live(): void {
    // The process died: nothing it does any more reaches the disk.
    if (this.#crashed) throw errnoError('EIO', 'crashed');
  }

  /** Stops this layer and answers a new one holding only what survived. */
  crash(mode: CrashMode): CrashModelFs {
    this.#crashed = true;
    const after = new CrashModelFs();
    for (const [path, folder] of this.#folders) {
      const kept = mode === 'synced-only' ? folder.durableEntries : folder.entries;
      const entries = new Map<string, Inode>();
      for (const [name, inode] of kept) {
        entries.set(name, { data: inode.durable.slice(), durable: inode.durable.slice() });
      }
      after.#folders.set(path, { entries, durableEntries: new Map(entries) });
    }
    return after;
  }

  /** Folders are made durable at once: the model is about files, not folder creation. */
  mkdir(path: string): Promise<void> {
    return settle(() => {
      this.#live();
      for (let p = path; !this.#folders.has(p); p = dirname(p)) {
        this.#folders.set(p, { entries: new Map(), durableEntries: new Map() });
        if (dirname(p) === p) break;
      }
    });
  }

  /** Like mkdir, made durable at once; refuses a folder that still holds entries. */
  rmdir(path: string): Promise<void> {
    return settle(() => {
      this.#live();
      if (this.#folder(path).entries.size > 0) throw errnoError('ENOTEMPTY', path);
      for (const other of this.#folders.keys()) {
        if (dirname(other) === path && other !== path) throw errnoError('ENOTEMPTY', path);
      }
      this.#folders.delete(path);
    });
  }

  openExclusive(path: string): Promise<FsFile> {
    return settle(() => {
      this.#live();
      const folder = this.#folder(dirname(path));
      if (folder.entries.has(basename(path))) throw errnoError('EEXIST', path);
      const inode: Inode = { data: new Uint8Array(), durable: new Uint8Array() };
      folder.entries.set(basename(path), inode);
      return {
        write: (data: string | Uint8Array) =>
          settle(() => {
            this.#live();
            const chunk = typeof data === 'string' ? new TextEncoder().encode(data) : data;
            const next = new Uint8Array(inode.data.length + chunk.length);
            next.set(inode.data);
            next.set(chunk, inode.data.length);
            inode.data = next;
          }),
        sync: () =>
          settle(() => {
            this.#live();
            inode.durable = inode.data.slice();
          }),
        close: () => Promise.resolve(),
      };
    });
  }

  rename(from: string, to: string): Promise<void> {
    return settle(() => {
      this.#live();
      const source = this.#folder(dirname(from));
      const inode = source.entries.get(basename(from));
      if (!inode) throw errnoError('ENOENT', from);
      source.entries.delete(basename(from));
      this.#folder(dirname(to)).entries.set(basename(to), inode);
    });
  }

  unlink(path: string): Promise<void> {
    return settle(() => {
      this.#live();
      if (!this.#folder(dirname(path)).entries.delete(basename(path))) {
        throw errnoError('ENOENT', path);
      }
    });
  }

  readFile(path: string): Promise<Uint8Array> {
    return settle(() => {
      this.#live();
      const inode = this.#folders.get(dirname(path))?.entries.get(basename(path));
      if (!inode) throw errnoError('ENOENT', path);
      return inode.data.slice();
    });
  }

  readdir(path: string): Promise<string[]> {
    return settle(() => {
      this.#live();
      const children = [...this.#folders.keys()].filter(
        (other) => other !== path && dirname(other) === path,
      );
      return [...this.#folder(path).entries.keys(), ...children.map((child) => basename(child))];
    });
  }

  syncDir(path: string): Promise<void> {
    return settle(() => {
      this.#live();
      const folder = this.#folder(path);
      folder.durableEntries = new Map(folder.entries);
    });
  }
}

/** The write lowdb's steno does: a fixed temp file, then rename; no fsync anywhere. */
export async function plainRenameWrite(fs: FsPort, path: string, text: string): Promise<void> {
  const temp = `${dirname(path)}/.${basename(path)}.tmp`;
  await fs.unlink(temp).catch(() => undefined);
  const file = await fs.openExclusive(temp);
  await file.write(new TextEncoder().encode(text));
  await file.close();
  await fs.rename(temp, path);
}
