import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../src/main/store/durable-write';
import type { FsPort } from '../../../src/main/store/fs-port';
import { openStore } from '../../../src/main/store/open-store';
import { migrations } from '../../../src/main/store/migrations';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { decodeWorkbookFile } from '../../../src/main/store/workbook-codec';
import { CrashModelFs, plainRenameWrite, type CrashMode } from '../../support/store-crash-fs';
import { bumpUtility, sampleFileText } from '../../support/store-sample';

const dataDir = '/data';
const dataFile = '/data/los-builder.json';
const modes: CrashMode[] = ['synced-only', 'metadata-flushed'];
const versioning = { schemaVersion: currentSchemaVersion, migrations };

/** The rev in the data file after a crash, or why it could not be read. */
async function revOnDisk(fs: FsPort): Promise<number | string> {
  try {
    return decodeWorkbookFile(await fs.readFile(dataFile), versioning).workbook.utility.rev;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function open(fs: FsPort) {
  // After a crash the lock file names this very process: it is stale by definition.
  return openStore({ dataDir, appVersion: 'test', fs, isProcessAlive: () => false });
}

/** Counts the fs calls an operation makes, and can cut the power after the n-th one. */
class PowerCut implements FsPort {
  calls = 0;
  cutAfter = Number.POSITIVE_INFINITY;
  constructor(readonly disk: CrashModelFs) {}
  #step<T>(run: () => Promise<T>): Promise<T> {
    this.calls += 1;
    if (this.calls > this.cutAfter) return Promise.reject(new Error('power cut'));
    return run();
  }
  openExclusive(path: string) {
    return this.#step(async () => {
      const file = await this.disk.openExclusive(path);
      return {
        write: (data: string | Uint8Array) => this.#step(() => file.write(data)),
        sync: () => this.#step(() => file.sync()),
        close: () => this.#step(() => file.close()),
      };
    });
  }
  rename = (from: string, to: string) => this.#step(() => this.disk.rename(from, to));
  unlink = (path: string) => this.#step(() => this.disk.unlink(path));
  readFile = (path: string) => this.#step(() => this.disk.readFile(path));
  readdir = (path: string) => this.#step(() => this.disk.readdir(path));
  mkdir = (path: string) => this.#step(() => this.disk.mkdir(path));
  rmdir = (path: string) => this.#step(() => this.disk.rmdir(path));
  syncDir = (path: string) => this.#step(() => this.disk.syncDir(path));
}

describe('the write a crash cannot undo', () => {
  it.each(modes)(
    'a plain temp-then-rename write (steno) loses an acknowledged save (%s)',
    async (mode) => {
      const disk = new CrashModelFs();
      await disk.mkdir(dataDir);
      await writeFileDurably(disk, dataFile, sampleFileText(1));
      await plainRenameWrite(disk, dataFile, sampleFileText(2));
      expect(await revOnDisk(disk)).toBe(2);

      const after = disk.crash(mode);
      // Either the old version comes back (the rename was never made durable) or the file is
      // empty (the rename was, its content was not): an acknowledged save is gone both ways.
      expect(await revOnDisk(after)).not.toBe(2);
    },
  );

  it.each(modes)('our durable write keeps every acknowledged save (%s)', async (mode) => {
    const disk = new CrashModelFs();
    await disk.mkdir(dataDir);
    await writeFileDurably(disk, dataFile, sampleFileText(1));
    await writeFileDurably(disk, dataFile, sampleFileText(2));
    expect(await revOnDisk(disk.crash(mode))).toBe(2);
  });

  it.each(modes)(
    'the store recovers the last acknowledged save after a crash (%s)',
    async (mode) => {
      const disk = new CrashModelFs();
      const store = await open(disk);
      for (let i = 0; i < 3; i += 1) await store.repository.update(bumpUtility);

      const reopened = await open(disk.crash(mode));
      expect(reopened.repository.read().utility.rev).toBe(3);
      expect(reopened.notices).toEqual([]);
      await reopened.close();
    },
  );

  it.each(modes)(
    'a crash at any point of a save leaves the old or the new version, never damage (%s)',
    async (mode) => {
      const probe = new PowerCut(new CrashModelFs());
      const probeStore = await open(probe);
      await probeStore.repository.update(bumpUtility);
      const before = probe.calls;
      await probeStore.repository.update(bumpUtility);
      const callsPerSave = probe.calls - before;
      expect(callsPerSave).toBeGreaterThan(5);

      for (let cut = 0; cut <= callsPerSave; cut += 1) {
        const power = new PowerCut(new CrashModelFs());
        const store = await open(power);
        await store.repository.update(bumpUtility);
        power.cutAfter = power.calls + cut;
        const acknowledged = await store.repository.update(bumpUtility).then(
          () => true,
          () => false,
        );

        const reopened = await open(power.disk.crash(mode));
        const rev = reopened.repository.read().utility.rev;
        expect(reopened.notices, `cut after ${cut} calls`).toEqual([]);
        // Unacknowledged, the save may or may not have landed; acknowledged, it must have.
        expect(acknowledged ? [2] : [1, 2], `cut after ${cut} calls`).toContain(rev);
        await reopened.close();
      }
    },
  );
});
