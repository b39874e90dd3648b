import { mkdir, open, readdir, readFile, rename, rmdir, unlink } from 'node:fs/promises';

/** An open file the store writes once: content, then fsync, then close. */
export interface FsFile {
  /** Text is written as UTF-8. */
  write(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file call the store makes. Kept this small so tests can swap in a layer that injects
 * faults or models a crash (only fsynced content survives), as SQLite's tests do.
 */
export interface FsPort {
  /** Creates a new file; fails with EEXIST if it is there already ('wx'). */
  openExclusive(path: string): Promise<FsFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  /** Creates the folder and its parents; no error if it exists. */
  mkdir(path: string): Promise<void>;
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>;
  /** Makes the folder's entries (a create, a rename) survive a power cut. */
  syncDir(path: string): Promise<void>;
}

export const nodeFsPort: FsPort = {
  async openExclusive(path) {
    const handle = await open(path, 'wx');
    return {
      write: async (data) => {
        await handle.writeFile(data);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  readFile: (path) => readFile(path),
  readdir: (path) => readdir(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  rmdir: (path) => rmdir(path),
  async syncDir(path) {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** The errno code of a Node file error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code: unknown = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
