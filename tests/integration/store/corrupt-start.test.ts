import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../../../src/shared/domain/workbook';
import { AppError } from '../../../src/main/app-error';
import { openStore } from '../../../src/main/store/open-store';
import { describeTime } from '../../../src/shared/domain/time-text';
import { bumpUtility, sampleFileText } from '../../support/store-sample';
import { makeStoreTempDir } from '../../support/store-temp-dir';
import { noticeIn } from '../../../src/main/said-notice';

const fixtures = join(import.meta.dirname, '../../fixtures/store');
const fixture = (name: string) => readFile(join(fixtures, name));
const validText = () => readFile(join(fixtures, 'v1-valid.json'), 'utf8');
/** When v1-valid.json says it was saved. */
const fixtureSavedAt = new Date('2026-11-20T09:30:00.000Z');

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(label: string): Promise<string> {
  const { dir, remove } = await makeStoreTempDir(label);
  cleanups.push(remove);
  return dir;
}

async function open(dir: string) {
  const store = await openStore({ dataDir: dir, appVersion: 'test', log: () => undefined });
  cleanups.unshift(() => store.close());
  return store;
}

const damaged: [string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
  ['an empty file', () => new Uint8Array(), /\(it was empty\)/],
  ['a file holding null', () => Buffer.from('null'), /\(it held no data\)/],
  [
    'a cut-off file',
    async () => Buffer.from((await validText()).slice(0, 700)),
    /\(it was cut off or damaged\)/,
  ],
  ['a file of NUL bytes', () => new Uint8Array(4096), /\(it held only blank bytes/],
  [
    'valid JSON followed by NUL bytes',
    async () => Buffer.concat([Buffer.from(await validText()), Buffer.alloc(512)]),
    /\(it was cut off or damaged\)/,
  ],
  ['bytes that are not UTF-8', () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /\(it was damaged\)/],
  [
    'a workbook of the wrong shape',
    () => fixture('wrong-shape.json'),
    /\(its contents did not pass the checks\)/,
  ],
  [
    'JSON without the envelope',
    () => fixture('no-envelope.json'),
    /\(it was not in the LOS Builder format\)/,
  ],
  ['a __proto__ key', () => fixture('proto-key.json'), /"__proto__" entry/],
  ['a huge file', () => Buffer.alloc(65 * 1024 * 1024, 0x20), /\(it was far too large\)/],
];

describe('a damaged data file at start-up', () => {
  it.each(damaged)(
    '%s: kept aside, newest backup restored, user told',
    async (_, bytes, reason) => {
      const dir = await folder('restore');
      await writeFile(join(dir, 'los-builder.json'), await validText());
      await (await open(dir)).close(); // the start-up backup of the valid file
      const content = await bytes();
      await writeFile(join(dir, 'los-builder.json'), content);

      const store = await open(dir);

      expect(store.repository.read().utility.rev).toBe(3);
      expect(store.repository.read().utility.value.name).toBe('Mesa Verde Water Users');
      expect(store.notices).toHaveLength(1);
      const [notice] = store.notices.map((said) => noticeIn(said, 'en'));
      expect(notice?.level).toBe('warning');
      expect(notice?.message).toMatch(/^The saved file could not be read \(/);
      expect(notice?.message).toMatch(reason);
      expect(notice?.message).toContain(
        `We restored the backup from ${describeTime(fixtureSavedAt)}`,
      );
      const kept = (await readdir(dir)).filter((name) => name.startsWith('los-builder.corrupt-'));
      expect(kept).toHaveLength(1);
      expect(notice?.message).toContain(`The unreadable file was kept as ${kept[0]}.`);
      expect(Buffer.compare(await readFile(join(dir, kept[0] ?? '')), Buffer.from(content))).toBe(
        0,
      );
      // The restored copy is the data file again, so a restart needs no second recovery.
      const again = await reopen(store, dir);
      expect(again.notices).toEqual([]);
      expect(again.repository.read().utility.rev).toBe(3);
    },
  );

  it.each(damaged.slice(0, 4))(
    '%s with no backup: empty workbook, damaged file kept, user warned',
    async (_, bytes, reason) => {
      const dir = await folder('nobackup');
      const content = await bytes();
      await writeFile(join(dir, 'los-builder.json'), content);

      const store = await open(dir);

      expect(store.repository.read()).toEqual(emptyWorkbook());
      const [notice] = store.notices.map((said) => noticeIn(said, 'en'));
      expect(notice?.level).toBe('warning');
      expect(notice?.message).toMatch(reason);
      expect(notice?.message).toMatch(
        /there was no usable backup, so LOS Builder started with an empty workbook/,
      );
      const kept = (await readdir(dir)).filter((name) => name.startsWith('los-builder.corrupt-'));
      expect(kept).toHaveLength(1);
      expect(notice?.message).toContain(
        `The damaged file was kept as ${kept[0]} in the data folder.`,
      );
      expect(Buffer.compare(await readFile(join(dir, kept[0] ?? '')), Buffer.from(content))).toBe(
        0,
      );
      // Nothing was written over anything; the next save creates a fresh, valid file.
      await store.repository.update(bumpUtility);
      expect((await reopen(store, dir)).repository.read().utility.rev).toBe(1);
    },
  );

  it('skips a damaged newest backup and restores the newest valid one', async () => {
    const dir = await folder('older');
    await mkdir(join(dir, 'backups'));
    const older = new Date('2026-11-24T08:00:00.000Z');
    await writeFile(
      join(dir, 'backups', 'los-builder.backup-20261124T080000000Z.json'),
      sampleFileText(7, older),
    );
    await writeFile(
      join(dir, 'backups', 'los-builder.backup-20261125T080000000Z.json'),
      '{"schemaVersion":1,',
    );
    await writeFile(join(dir, 'los-builder.json'), '');

    const store = await open(dir);

    expect(store.repository.read().utility.rev).toBe(7);
    expect(store.notices.map((said) => noticeIn(said, 'en'))[0]?.message).toContain(
      `We restored the backup from ${describeTime(older)} (los-builder.backup-20261124T080000000Z.json)`,
    );
  });

  it('keeps two damaged files from the same moment under different names', async () => {
    const dir = await folder('twice');
    const clock = () => new Date('2026-11-26T14:05:00.000Z');
    for (let i = 0; i < 2; i += 1) {
      await writeFile(join(dir, 'los-builder.json'), `damaged ${i}`);
      const store = await openStore({ dataDir: dir, appVersion: 'test', clock });
      await store.close();
    }
    const kept = (await readdir(dir))
      .filter((name) => name.startsWith('los-builder.corrupt-'))
      .sort();
    expect(kept).toEqual([
      'los-builder.corrupt-20261126T140500000Z-2.json',
      'los-builder.corrupt-20261126T140500000Z.json',
    ]);
  });
});

describe('a data file that is fine', () => {
  it('loads a file starting with a byte-order mark', async () => {
    const dir = await folder('bom');
    await writeFile(join(dir, 'los-builder.json'), `\uFEFF${await validText()}`);
    const store = await open(dir);
    expect(store.notices).toEqual([]);
    expect(store.repository.read().utility.value.systemId).toBe('NM3500101');
  });

  it('starts empty, with no notice, when there is no file yet', async () => {
    const dir = await folder('fresh');
    const store = await open(dir);
    expect(store.notices).toEqual([]);
    expect(store.repository.read()).toEqual(emptyWorkbook());
    expect(await readdir(dir)).not.toContain('los-builder.json');
  });
});

describe('a file from a newer version', () => {
  it('is refused with a plain message and left exactly as it was', async () => {
    const dir = await folder('future');
    const original = await fixture('future-version.json');
    await writeFile(join(dir, 'los-builder.json'), original);

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await openStore({ dataDir: dir, appVersion: 'test' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'storage',
        message:
          'This data was saved by a newer version of LOS Builder (format 99). Install the newer version to open it; the file was not changed.',
      });
    }
    expect(Buffer.compare(await readFile(join(dir, 'los-builder.json')), original)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['los-builder.json']);
  });
});

async function reopen(store: Awaited<ReturnType<typeof openStore>>, dir: string) {
  await store.close();
  return open(dir);
}
