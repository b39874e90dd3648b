import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/open-store';
import { migrations } from '../../../src/main/store/migrations';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { decodeWorkbookFile } from '../../../src/main/store/workbook-codec';
import { bumpUtility } from '../../support/store-sample';
import { makeStoreTempDir } from '../../support/store-temp-dir';

// Real kernel errors on a tiny tmpfs. Mounting needs root; elsewhere these are skipped and
// the fault-injection tests cover the same paths.
const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tinyDisk(): Promise<string> {
  const { dir, remove } = await makeStoreTempDir('tmpfs');
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]);
  cleanups.push(async () => {
    execFileSync('umount', [dir]);
    await remove();
  });
  return join(dir, 'data');
}

async function revOnDisk(dir: string): Promise<number> {
  const bytes = await readFile(join(dir, 'los-builder.json'));
  return decodeWorkbookFile(bytes, { schemaVersion: currentSchemaVersion, migrations }).workbook
    .utility.rev;
}

const noTemps = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe.skipIf(!canMount)('real disk faults (tmpfs, as root)', () => {
  it('a full disk: plain message, old version kept, saves again once space is freed', async () => {
    const dir = await tinyDisk();
    await mkdir(dir);
    const store = await openStore({ dataDir: dir, appVersion: 'test', log: () => undefined });
    cleanups.unshift(() => store.close());
    await store.repository.update(bumpUtility);
    const filler = join(dir, 'filler.bin');
    await writeFile(filler, Buffer.alloc(1024 * 1024)).catch(() => undefined); // fills the disk

    const error = await store.repository.update(bumpUtility).catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: 'storage',
      message:
        'The disk is full, so your last change was not saved. Free some space and press Retry.',
    });
    expect(await revOnDisk(dir)).toBe(1);
    expect(await noTemps(dir)).toEqual([]);
    await rm(filler);
    await store.repository.update(bumpUtility);
    expect(await revOnDisk(dir)).toBe(2);
  });

  it('a read-only disk: plain message, file untouched, saves again once writable', async () => {
    const dir = await tinyDisk();
    await mkdir(dir);
    const store = await openStore({ dataDir: dir, appVersion: 'test', log: () => undefined });
    await store.repository.update(bumpUtility);
    const mountPoint = join(dir, '..');
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    cleanups.unshift(async () => {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
      await store.close();
    });

    const error = await store.repository.update(bumpUtility).catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/cannot be written to/) as string,
    });
    expect(await revOnDisk(dir)).toBe(1);
    execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    await store.repository.update(bumpUtility);
    expect(await revOnDisk(dir)).toBe(2);
  });
});
