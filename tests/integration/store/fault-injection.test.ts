import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { nodeFsPort } from '../../../src/main/store/fs-port';
import { openStore } from '../../../src/main/store/open-store';
import { migrations } from '../../../src/main/store/migrations';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { decodeWorkbookFile } from '../../../src/main/store/workbook-codec';
import { FaultInjectingFs } from '../../support/store-fault-fs';
import { bumpUtility } from '../../support/store-sample';
import { makeStoreTempDir } from '../../support/store-temp-dir';

const codes = ['ENOSPC', 'EIO', 'EACCES'] as const;
const versioning = { schemaVersion: currentSchemaVersion, migrations };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function revOnDisk(dir: string): Promise<number> {
  const bytes = await readFile(join(dir, 'los-builder.json'));
  return decodeWorkbookFile(bytes, versioning).workbook.utility.rev;
}

async function tempFiles(dir: string): Promise<string[]> {
  const names = [...(await readdir(dir)), ...(await readdir(join(dir, 'backups')).catch(() => []))];
  return names.filter((name) => name.endsWith('.tmp'));
}

/** An open store on a fresh folder (rev 1 saved), with every fs call going through `fs`. */
async function storeWithOneSave(label: string) {
  const { dir, remove } = await makeStoreTempDir(label);
  const fs = new FaultInjectingFs(nodeFsPort);
  // Interval 0: every save also writes and rotates a backup, so those calls get faults too.
  const store = await openStore({
    dataDir: dir,
    appVersion: 'test',
    fs,
    backupIntervalMs: 0,
    log: () => undefined,
  });
  cleanups.push(async () => {
    await store.close().catch(() => undefined);
    await remove();
  });
  await store.repository.update(bumpUtility);
  return { dir, fs, store };
}

async function callsPerSave(): Promise<number> {
  const { fs, store } = await storeWithOneSave('count');
  fs.arm({ at: Number.POSITIVE_INFINITY, code: 'EIO', persistent: false });
  await store.repository.update(bumpUtility);
  // The data file is written first; the rest of the calls write and rotate the backup.
  expect(fs.log.slice(0, dataFileCalls)).toEqual([
    'openExclusive',
    'write',
    'sync',
    'close',
    'rename',
    'syncDir',
  ]);
  return fs.calls;
}

const dataFileCalls = 6;

/** Faults that must reach the caller: on the data file's own write, except harmless ones. */
function mustFail(at: number, operation: string | undefined, code: string): boolean {
  if (at > dataFileCalls || operation === 'close') return false; // closed after fsync: data safe
  return !(operation === 'syncDir' && code === 'EACCES'); // folders that cannot be fsynced
}

describe('a disk error during a save', () => {
  it('fails the k-th file call for every k, once and persistently, without harm', async () => {
    const total = await callsPerSave();
    expect(total).toBeGreaterThan(10);
    let failedSaves = 0;
    let cases = 0;
    for (const code of codes) {
      for (const persistent of [false, true]) {
        for (let at = 1; at <= total; at += 1) {
          const label = `${code} ${persistent ? 'persistent' : 'once'} at call ${at}`;
          const { dir, fs, store } = await storeWithOneSave('fault');
          const before = store.repository.read();
          fs.arm({ at, code, persistent });
          const outcome = await store.repository.update(bumpUtility).then(
            () => 'saved' as const,
            (error: unknown) => error,
          );
          fs.clear();
          cases += 1;
          if (mustFail(at, fs.log[at - 1], code)) expect(outcome, label).not.toBe('saved');

          if (outcome === 'saved') {
            expect(await revOnDisk(dir), label).toBe(2);
            expect(store.repository.read().utility.rev, label).toBe(2);
          } else {
            failedSaves += 1;
            expect(outcome, label).toBeInstanceOf(AppError);
            const error = outcome as AppError;
            expect(error.code, label).toBe('storage');
            expect(error.message, label).toMatch(
              /your last change was not saved\..+press Retry\.$/,
            );
            expect(error.message, label).not.toMatch(/E[A-Z]{3,}|injected/);
            expect([1, 2], label).toContain(await revOnDisk(dir));
            expect(store.repository.read(), label).toEqual(before);
          }
          expect(await tempFiles(dir), label).toEqual([]);

          // Once the fault is gone, the next save works and lands on disk.
          const next = await store.repository.update(bumpUtility);
          expect(await revOnDisk(dir), label).toBe(next.utility.rev);
        }
      }
    }
    expect(cases).toBe(codes.length * 2 * total);
    console.info(
      `fault injection: ${cases} cases (${total} calls per save), ${failedSaves} saves refused, 0 harmed`,
    );
  }, 120_000);

  it('words each error so the user knows what to do', async () => {
    const messages: Record<string, string> = {};
    for (const code of ['ENOSPC', 'EACCES', 'EROFS', 'EPERM', 'EBUSY', 'EIO']) {
      const { fs, store } = await storeWithOneSave('words');
      fs.arm({ at: 1, code, persistent: true });
      const error = await store.repository.update(bumpUtility).catch((e: unknown) => e);
      fs.clear();
      expect(error).toBeInstanceOf(AppError);
      messages[code] = (error as AppError).message;
    }
    expect(messages.ENOSPC).toBe(
      'The disk is full, so your last change was not saved. Free some space and press Retry.',
    );
    expect(messages.EROFS).toMatch(/cannot be written to/);
    expect(messages.EBUSY).toMatch(/Another program is using the data file/);
    expect(new Set(Object.values(messages)).size).toBe(6);
  });
});

describe('a disk error while opening', () => {
  it('either opens with the saved data or refuses plainly, and never harms the file', async () => {
    const { dir, store } = await storeWithOneSave('open');
    await store.close();
    const fs = new FaultInjectingFs(nodeFsPort);
    fs.arm({ at: Number.POSITIVE_INFINITY, code: 'EIO', persistent: false });
    const probe = await openStore({ dataDir: dir, appVersion: 'test', fs });
    await probe.close();
    const total = fs.calls;

    for (const code of codes) {
      for (let at = 1; at <= total; at += 1) {
        const label = `${code} at call ${at}`;
        fs.arm({ at, code, persistent: false });
        const opened = await openStore({
          dataDir: dir,
          appVersion: 'test',
          fs,
          log: () => undefined,
        }).catch((error: unknown) => error);
        fs.clear();
        if (opened instanceof Error) {
          expect(opened, label).toBeInstanceOf(AppError);
          expect((opened as AppError).code, label).toBe('storage');
          expect((opened as AppError).message, label).toMatch(
            /LOS Builder could not (open its data|read its (data|lineage) file at )/,
          );
        } else {
          const { repository, close } = opened as Awaited<ReturnType<typeof openStore>>;
          expect(repository.read().utility.rev, label).toBe(1);
          await close();
        }
        expect(await revOnDisk(dir), label).toBe(1);
        expect(await tempFiles(dir), label).toEqual([]);
      }
    }
  }, 60_000);
});
