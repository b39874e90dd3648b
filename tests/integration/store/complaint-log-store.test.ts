import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { ComplaintLogStore } from '../../../src/main/store/complaint-log-store';
import { nodeFsPort, type FsPort } from '../../../src/main/store/fs-port';
import { openStore } from '../../../src/main/store/open-store';
import { addImport, complaintRow } from '../../support/complaint-sample';
import { CrashModelFs } from '../../support/store-crash-fs';
import { errno, FaultInjectingFs } from '../../support/store-fault-fs';
import { makeStoreTempDir } from '../../support/store-temp-dir';
import { noticeIn } from '../../../src/main/said-notice';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const clock = () => new Date('2026-04-01T10:00:00.000Z');

async function folder(label: string): Promise<string> {
  const { dir, remove } = await makeStoreTempDir(label);
  cleanups.push(remove);
  return dir;
}

/** The real file layer, except that reading `path` is refused with `code`. */
function refusing(path: string, code: string): FsPort {
  return {
    ...nodeFsPort,
    readFile: (wanted) =>
      wanted === path ? Promise.reject(errno(code)) : nodeFsPort.readFile(wanted),
  };
}

async function open(dir: string, fs: FsPort = nodeFsPort) {
  const path = join(dir, 'complaint-log.json');
  const { store, notice } = await ComplaintLogStore.open({ fs, path, appVersion: 'test', clock });
  return { path, store, notice: notice && noticeIn(notice, 'en') };
}

describe('the complaint log store', () => {
  it('starts empty, saves compact JSON in an envelope, and reads it back after a restart', async () => {
    const dir = await folder('log-roundtrip');
    const { store, notice, path } = await open(dir);
    expect(notice).toBeNull();
    expect(store.read()).toEqual({ imports: [], rows: [] });

    await store.update(addImport('a', 0, 3));
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toMatchObject({
      schemaVersion: 2,
      savedAt: '2026-04-01T10:00:00.000Z',
      appVersion: 'test',
      data: { imports: [{ id: 'a', rows: 3 }] },
    });

    const again = await open(dir);
    expect(again.store.read()).toEqual(store.read());
    expect(again.store.summary().total).toBe(3);
  });

  it('hands out the saved log frozen, so no caller can change it behind its back', async () => {
    const { store } = await open(await folder('log-frozen'));
    await store.update(addImport('a', 0, 1));
    const log = store.read();
    expect(() => log.rows.push(complaintRow(9))).toThrow(TypeError);
    expect(() => Object.assign(log.rows[0]!, { topic: 'leaks' })).toThrow(TypeError);
    expect(store.read().rows).toHaveLength(1);
  });

  it('keeps its figures and keys until the next save, then counts the new rows', async () => {
    const { store } = await open(await folder('log-summary'));
    await store.update(addImport('a', 0, 2));
    expect(store.summary()).toBe(store.summary());
    expect(store.keys().has(complaintRow(1).key)).toBe(true);
    await store.update(addImport('b', 2, 5));
    expect(store.summary()).toMatchObject({ total: 7, byTopic: [{ topic: 'pressure', count: 7 }] });
    expect(store.keys().size).toBe(7);
  });

  it('refuses a row that does not pass the checks, naming its row, and saves nothing', async () => {
    const dir = await folder('log-invalid');
    const { store, path } = await open(dir);
    await store.update(addImport('a', 0, 1));
    const before = await readFile(path);
    const bad = store.update((log) => log.rows.push({ ...complaintRow(5), received: '14/3/2026' }));
    await expect(bad).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^Row 7 could not be stored \(received: /) as string,
    });
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(store.read().rows).toHaveLength(1);
  });

  it('runs concurrent updates one after another, losing none', async () => {
    const dir = await folder('log-queue');
    const { store } = await open(dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.update(addImport(`i${i}`, i * 10, 10))),
    );
    expect(store.read().rows).toHaveLength(200);
    expect((await open(dir)).store.read().imports).toHaveLength(20);
  });

  it('after a failed write keeps the old log in memory and on disk, leaves no temp file, and saves once the disk recovers', async () => {
    const dir = await folder('log-fault');
    const fs = new FaultInjectingFs(nodeFsPort);
    const { store, path } = await open(dir, fs);
    await store.update(addImport('a', 0, 2));
    const saved = await readFile(path);
    // A save is six file calls: open, write, sync, close, rename, folder sync.
    for (const at of [1, 2, 3, 5]) {
      for (const persistent of [false, true]) {
        fs.arm({ at, code: 'ENOSPC', persistent });
        const failed = store.update(addImport(`f${at}`, 100, 1));
        await expect(failed).rejects.toBeInstanceOf(AppError);
        await expect(failed).rejects.toMatchObject({
          code: 'storage',
          message: expect.stringContaining('The disk is full') as string,
        });
        fs.clear();
        expect(store.read().rows).toHaveLength(2);
        expect((await readFile(path)).equals(saved)).toBe(true);
        expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      }
    }
    await store.update(addImport('b', 2, 1));
    expect((await open(dir)).store.read().rows).toHaveLength(3);
  });

  it('after a power cut holds the last acknowledged log', async () => {
    const fs = new CrashModelFs();
    await fs.mkdir('/data');
    const { store } = await open('/data', fs);
    await store.update(addImport('a', 0, 2));
    await store.update(addImport('b', 2, 3));
    const after = fs.crash('synced-only');
    expect((await open('/data', after)).store.read().rows).toHaveLength(5);
  });

  it.each([
    ['an empty file', '', /\(it was empty\)/],
    [
      'a cut-off file',
      '{"schemaVersion":1,"savedAt":"2026-04-01T10:00:00.000Z","data":{"imp',
      /\(it was cut off or damaged\)/,
    ],
    ['blank bytes', '\0\0\0\0', /\(it held only blank bytes/],
    [
      'a wrong shape',
      '{"schemaVersion":1,"savedAt":"2026-04-01T10:00:00.000Z","appVersion":"x","data":{"rows":3}}',
      /\(its contents did not pass the checks\)/,
    ],
  ])('sets %s aside, starts empty and asks for the CSV again', async (_name, content, reason) => {
    const dir = await folder('log-corrupt');
    await writeFile(join(dir, 'complaint-log.json'), content);
    const { store, notice } = await open(dir);
    expect(store.read()).toEqual({ imports: [], rows: [] });
    const kept = 'complaint-log.corrupt-20260401T100000000Z.json';
    expect(notice).toEqual({ level: 'warning', message: expect.stringMatching(reason) as string });
    expect(notice?.message).toContain('Import the CSV file again.');
    expect(notice?.message).toContain(`kept as ${kept}`);
    expect(await readFile(join(dir, kept), 'utf8')).toBe(content);
    expect(await readdir(dir)).not.toContain('complaint-log.json');
  });

  it('moves a folder standing where the log should be aside, and starts empty', async () => {
    const dir = await folder('log-folder');
    await mkdir(join(dir, 'complaint-log.json'));
    const { store, notice } = await open(dir);
    expect(store.read()).toEqual({ imports: [], rows: [] });
    expect(notice?.message).toContain('(there is a folder where the file should be)');
    expect(notice?.message).toContain('kept as complaint-log.corrupt-20260401T100000000Z.json');
    expect(await readdir(dir)).not.toContain('complaint-log.json');
  });

  it('sets aside a log the disk refuses to read, and starts empty', async () => {
    const dir = await folder('log-refused');
    await writeFile(join(dir, 'complaint-log.json'), '{}');
    const { store, notice } = await open(dir, refusing(join(dir, 'complaint-log.json'), 'EACCES'));
    expect(store.read()).toEqual({ imports: [], rows: [] });
    expect(notice?.message).toContain('(LOS Builder is not allowed to read it)');
    expect(
      await readFile(join(dir, 'complaint-log.corrupt-20260401T100000000Z.json'), 'utf8'),
    ).toBe('{}');
  });

  it('still opens when the refused log cannot be moved either, and says saving imports will fail', async () => {
    const dir = await folder('log-stuck');
    const path = join(dir, 'complaint-log.json');
    await writeFile(path, '{}');
    const fs: FsPort = {
      ...refusing(path, 'EACCES'),
      rename: () => Promise.reject(errno('EACCES')),
    };
    const { store, notice } = await open(dir, fs);
    expect(store.read()).toEqual({ imports: [], rows: [] });
    expect(notice?.message).toContain(`It could not be moved aside either (${path})`);
    expect(await readFile(path, 'utf8')).toBe('{}');
  });

  it('refuses a log from a newer version and leaves it untouched', async () => {
    const dir = await folder('log-future');
    const text =
      '{"schemaVersion":9,"savedAt":"2030-01-01T00:00:00.000Z","appVersion":"9.0.0","data":{}}';
    await writeFile(join(dir, 'complaint-log.json'), text);
    await expect(open(dir)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('newer version of LOS Builder (format 9)') as string,
    });
    expect(await readFile(join(dir, 'complaint-log.json'), 'utf8')).toBe(text);
  });
});

describe('openStore and the complaint log', () => {
  it('opens the log under the same lock, reports a damaged log, and saves pending rows on close', async () => {
    const dir = await folder('log-open-store');
    await writeFile(join(dir, 'complaint-log.json'), '{"broken');
    const store = await openStore({
      dataDir: dir,
      appVersion: 'test',
      clock,
      log: () => undefined,
    });
    expect(store.notices.map((notice) => noticeIn(notice, 'en'))).toEqual([
      {
        level: 'warning',
        message: expect.stringContaining('The complaint log could not be read') as string,
      },
    ]);
    const pending = store.complaints.update(addImport('a', 0, 4));
    await store.close();
    await pending;
    await expect(store.complaints.update(addImport('b', 4, 1))).rejects.toMatchObject({
      code: 'storage',
    });

    const again = await openStore({ dataDir: dir, appVersion: 'test', log: () => undefined });
    cleanups.unshift(() => again.close());
    expect(again.notices).toEqual([]);
    expect(again.complaints.read().rows).toHaveLength(4);
  });
});
