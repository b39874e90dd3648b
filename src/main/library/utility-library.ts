import { join } from 'node:path';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { UtilityHandlers } from '../handlers';
import type { SaidNotice } from '../said-notice';
import { nodeFsPort, type FsPort } from '../store/fs-port';
import { acquireLock, FolderInUseError, type HeldLock } from '../store/lock-file';
import { openStore, type OpenedStore, type OpenStoreOptions } from '../store/open-store';
import { migrations } from '../store/migrations';
import { finishReplace, REPLACE_JOURNAL } from '../store/replace-files';
import { currentSchemaVersion } from '../store/schema-version';
import { SerialQueue } from '../store/serial-queue';
import { LOCK_FILE, storePaths } from '../store/store-files';
import type { Versioning } from '../store/workbook-codec';
import {
  finishFirstRemoval,
  FIRST_UTILITY,
  folderOf,
  moveBackFromRemoved,
  moveToRemoved,
  newUtilityKey,
  readLastOpened,
  REMOVED_FOLDER,
  removedFolders,
  saveLastOpened,
  utilityKeys,
  UTILITIES_FOLDER,
} from './library-folders';
import { summarizeFolder, type UtilitySummary } from './utility-summary';

/** One open utility: its store and the handlers built on it. */
export interface OpenUtility {
  key: string;
  store: OpenedStore;
  handlers: UtilityHandlers;
}

export interface UtilityLibraryOptions extends Omit<OpenStoreOptions, 'dataDir'> {
  /** The data folder: the first utility's folder, and the home of all the others. */
  root: string;
  /** Builds the contract's handlers on an open utility (the library answers its own methods). */
  handlersFor: (store: OpenedStore, key: string) => UtilityHandlers;
  /** Opens this utility instead of the one open last (browser mode's --utility). */
  startWith?: string;
}

/**
 * The utilities kept on this computer, one of them open at a time. Switching saves what is
 * pending and releases the old utility's lock before the new one is opened; every operation
 * runs one at a time, and calls made meanwhile wait for it, then reach the utility open after.
 */
export class UtilityLibrary {
  readonly #options: UtilityLibraryOptions;
  readonly #fs: FsPort;
  readonly #queue = new SerialQueue();
  #open: OpenUtility | undefined;

  private constructor(options: UtilityLibraryOptions) {
    this.#options = options;
    this.#fs = options.fs ?? nodeFsPort;
  }

  /** Opens the utility asked for, else the one open last, else the first. */
  static async open(options: UtilityLibraryOptions): Promise<UtilityLibrary> {
    const library = new UtilityLibrary(options);
    const fs = library.#fs;
    await fs.mkdir(options.root);
    await finishFirstRemoval(fs, options.root);
    const keys = await utilityKeys(fs, options.root);
    const wanted = options.startWith ?? (await readLastOpened(fs, options.root));
    if (options.startWith !== undefined && !keys.includes(options.startWith)) {
      const key = options.startWith;
      throw new AppError('invalid-input', refusal('refusals.noUtilityCalled', { key }));
    }
    const key = wanted !== undefined && keys.includes(wanted) ? wanted : (keys[0] ?? FIRST_UTILITY);
    await library.#finishInterruptedRestores(keys.filter((other) => other !== key));
    // A utility asked for by name must open; otherwise one that cannot (another window has it,
    // or it is from a newer version) must not keep the others out of reach.
    const order = options.startWith === undefined ? [key, ...keys.filter((k) => k !== key)] : [key];
    library.#open = await library.#openFirstThatOpens(order);
    return library;
  }

  get root(): string {
    return this.#options.root;
  }

  /** The utility open now; calls arriving during a switch wait for it to finish. */
  async current(): Promise<OpenUtility> {
    await this.#queue.idle();
    if (!this.#open) throw noUtilityOpen();
    return this.#open;
  }

  /** The key of the utility open now, without waiting (for the window's check). */
  currentKey(): string | undefined {
    return this.#open?.key;
  }

  async count(): Promise<number> {
    return (await utilityKeys(this.#fs, this.root)).length;
  }

  summary(key: string): Promise<UtilitySummary> {
    return this.summarizeFolder(folderOf(this.root, key));
  }

  keys(): Promise<string[]> {
    return utilityKeys(this.#fs, this.root);
  }

  /** Closes the utility open now and opens `key`; reopens the old one if the new cannot open. */
  switchTo(key: string): Promise<string> {
    return this.#queue.run(async () => {
      if (!(await this.keys()).includes(key)) {
        throw new AppError('invalid-input', refusal('refusals.utilityGone'));
      }
      if (this.#open?.key === key) return key;
      await this.#reopenAs(key);
      return key;
    });
  }

  /** A new utility in its own folder, opened: empty, or with the files `fill` writes there. */
  create(fill?: (folder: string) => Promise<void>): Promise<string> {
    return this.#queue.run(async () => {
      const key = newUtilityKey();
      await this.#fs.mkdir(folderOf(this.root, key));
      await fill?.(folderOf(this.root, key));
      await this.#reopenAs(key);
      return key;
    });
  }

  /** Moves a utility that is not open to `removed/`, under its lock so no other window has it. */
  remove(key: string): Promise<string> {
    return this.#queue.run(async () => {
      if (this.#open?.key === key) {
        throw new AppError('invalid-input', refusal('refusals.utilityOpen'));
      }
      if (!(await this.keys()).includes(key)) {
        throw new AppError('invalid-input', refusal('refusals.utilityGone'));
      }
      const lock = await this.lockOf(key);
      try {
        const removalId = await moveToRemoved(this.#fs, this.root, key, this.#now());
        // The lock went with the folder; it is dropped there so a put-back folder opens freely.
        await this.#fs
          .unlink(join(this.root, REMOVED_FOLDER, removalId, LOCK_FILE))
          .catch(() => undefined);
        return removalId;
      } finally {
        await lock.release().catch(() => undefined);
      }
    });
  }

  undoRemove(removalId: string): Promise<string> {
    return this.#queue.run(async () => {
      const removal = (await removedFolders(this.#fs, this.root)).find(
        (folder) => folder.removalId === removalId,
      );
      if (!removal) throw new AppError('invalid-input', refusal('refusals.removedGone'));
      return moveBackFromRemoved(this.#fs, this.root, removal);
    });
  }

  /**
   * Runs `change` on a utility's folder with its files closed and its lock held (the open one is
   * closed first and reopened after, or `then` is opened), as restores need.
   */
  withFolderClosed<T>(
    key: string,
    change: (folder: string) => Promise<T>,
    then?: string,
  ): Promise<T> {
    return this.#queue.run(async () => {
      const isOpen = this.#open?.key === key;
      if (isOpen) await this.#closeOpen();
      const lock = await this.lockOf(key);
      let result: T;
      try {
        result = await change(folderOf(this.root, key));
      } finally {
        await lock.release().catch(() => undefined);
      }
      const next = then ?? (isOpen ? key : this.#open?.key);
      if (next !== undefined && next !== this.#open?.key) await this.#reopenAs(next);
      return result;
    });
  }

  /** A folder for a utility that is not on this computer yet (restored from a backup). */
  async newFolder(): Promise<string> {
    const key = newUtilityKey();
    await this.#fs.mkdir(join(this.root, UTILITIES_FOLDER, key));
    return key;
  }

  /** Saves what is pending and releases the open utility (the app is quitting). */
  async close(): Promise<void> {
    await this.#queue.run(() => this.#closeOpen());
  }

  /** The lock of a utility that is not open here, with a plain refusal when another window has it. */
  async lockOf(key: string): Promise<HeldLock> {
    const folder = folderOf(this.root, key);
    try {
      await this.#fs.mkdir(folder);
      return await acquireLock(this.#fs, storePaths(folder).lock, {
        isAlive: this.#options.isProcessAlive,
        now: this.#options.clock,
      });
    } catch (error) {
      throw error instanceof FolderInUseError ? await this.#inUse(key, error.pid) : error;
    }
  }

  async #openFirstThatOpens(order: readonly string[]): Promise<OpenUtility> {
    let refused: { key: string; error: AppError } | undefined;
    for (const key of order) {
      try {
        const opened = await this.#openKey(key);
        if (refused) opened.store.notices.push(await this.#openedInstead(refused));
        return opened;
      } catch (error) {
        if (!(error instanceof AppError) || order.length === 1) throw error;
        refused ??= { key, error };
      }
    }
    throw refused?.error ?? noUtilityOpen();
  }

  /** Why the utility open last is not the one open now, and how to get back to it. */
  async #openedInstead(refused: { key: string; error: AppError }): Promise<SaidNotice> {
    const { name } = await this.summary(refused.key).catch(() => ({ name: '' }));
    return {
      level: 'warning',
      // The refusal nests as it is, so it is said in the same language as the notice.
      saying: refusal('refusals.openedInstead', {
        named: name ? 'yes' : 'no',
        name,
        problem: refused.error.saying,
      }),
    };
  }

  /**
   * A restore a kill cut short is finished in its own folder when that utility opens; the
   * others are finished here, so the list never reads a folder half-swapped.
   */
  async #finishInterruptedRestores(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      const folder = folderOf(this.root, key);
      if (!(await this.#fs.readdir(folder).catch((): string[] => [])).includes(REPLACE_JOURNAL)) {
        continue;
      }
      // In use by another window: that window finished it when it opened the utility.
      const lock = await this.lockOf(key).catch(() => undefined);
      if (!lock) continue;
      try {
        await finishReplace(this.#fs, folder);
      } finally {
        await lock.release().catch(() => undefined);
      }
    }
  }

  async #reopenAs(key: string): Promise<void> {
    const previous = this.#open?.key;
    await this.#closeOpen();
    try {
      this.#open = await this.#openKey(key);
    } catch (error) {
      if (previous !== undefined) this.#open = await this.#openKey(previous);
      throw error;
    }
  }

  async #openKey(key: string): Promise<OpenUtility> {
    const { handlersFor, root: _root, startWith: _startWith, ...storeOptions } = this.#options;
    let store: OpenedStore;
    try {
      store = await openStore({ ...storeOptions, dataDir: folderOf(this.root, key) });
    } catch (error) {
      throw error instanceof FolderInUseError ? await this.#inUse(key, error.pid) : error;
    }
    await saveLastOpened(this.#fs, this.root, key).catch(() => undefined);
    return { key, store, handlers: handlersFor(store, key) };
  }

  async #closeOpen(): Promise<void> {
    const open = this.#open;
    this.#open = undefined;
    if (open) await open.store.close();
  }

  async #inUse(key: string, pid: number): Promise<AppError> {
    const { name } = await this.summary(key).catch(() => ({ name: '' }));
    const named = name ? 'yes' : 'no';
    return new AppError(
      'storage',
      refusal('refusals.utilityInUse', { named, name, pid: String(pid) }),
    );
  }

  /** What a folder holds (a removed utility's too), read without opening it. */
  summarizeFolder(folder: string): Promise<UtilitySummary> {
    return summarizeFolder(this.#fs, folder, this.versioning);
  }

  /** The data formats this version reads (tests may pass their own). */
  get versioning(): Versioning {
    return {
      schemaVersion: this.#options.schemaVersion ?? currentSchemaVersion,
      migrations: this.#options.migrations ?? migrations,
    };
  }

  #now(): Date {
    return this.#options.clock?.() ?? new Date();
  }
}

function noUtilityOpen(): AppError {
  return new AppError('storage', refusal('refusals.noUtilityOpen'));
}
