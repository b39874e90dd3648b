import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsPort, type FsPort } from '../../../src/main/store/fs-port';
import { openStore } from '../../../src/main/store/open-store';
import { bumpUtility, sampleFileText } from '../../support/store-sample';
import { errno } from '../../support/store-fault-fs';
import { tempFolders } from '../../support/temp-folders';
import { noticeIn } from '../../../src/main/said-notice';

// Faults found at start-up: each one gets a message that names its cause and path, and the
// app keeps working wherever it can. (We run as root here, so refusals are injected.)

const { folder, beforeRemoving } = tempFolders();

async function open(dir: string, fs: FsPort = nodeFsPort) {
  const store = await openStore({ dataDir: dir, appVersion: 'test', fs, log: () => undefined });
  beforeRemoving(() => store.close());
  await store.startupBackup;
  return store;
}

describe('a data file that cannot be read', () => {
  it('names a folder standing where the data file should be, and changes nothing', async () => {
    const dir = await folder('data-is-folder');
    const path = join(dir, 'los-builder.json');
    await mkdir(path);
    await expect(open(dir)).rejects.toMatchObject({
      code: 'storage',
      message: `LOS Builder could not read its data file at ${path}: there is a folder where the file should be. Move or rename that folder, then start LOS Builder again.`,
    });
    expect((await stat(path)).isDirectory()).toBe(true);
  });

  it('says reading was refused (not writing), and opens once reading is allowed again', async () => {
    const dir = await folder('data-unreadable');
    const path = join(dir, 'los-builder.json');
    await writeFile(path, sampleFileText(1));
    let refused = true;
    const fs: FsPort = {
      ...nodeFsPort,
      readFile: (wanted) =>
        refused && wanted === path ? Promise.reject(errno('EACCES')) : nodeFsPort.readFile(wanted),
    };
    await expect(open(dir, fs)).rejects.toMatchObject({
      message: `LOS Builder could not read its data file at ${path}: LOS Builder is not allowed to read it. Check the file's permissions, then start LOS Builder again.`,
    });
    expect(await readFile(path, 'utf8')).toBe(sampleFileText(1));
    refused = false;
    const store = await open(dir, fs);
    expect(store.notices).toEqual([]);
  });
});

describe('automatic backups that cannot be written', () => {
  const backupsOf = (dir: string) => join(dir, 'backups');

  it('says so when a file has the backups folder name, and keeps saving the work', async () => {
    const dir = await folder('backups-is-file');
    await writeFile(join(dir, 'los-builder.json'), sampleFileText(1));
    await writeFile(backupsOf(dir), 'not a folder');
    const store = await open(dir);
    expect(store.notices.map((notice) => noticeIn(notice, 'en'))).toEqual([
      {
        level: 'warning',
        message: `LOS Builder could not make its automatic backup in ${backupsOf(dir)}: a file has the name its backups folder should have. Your work is still saved; until this is fixed, no new backups are made. Move or rename that file.`,
      },
    ]);
    const saved = await store.repository.update(bumpUtility);
    expect(saved.utility.rev).toBeGreaterThan(0);
    expect(await readFile(backupsOf(dir), 'utf8')).toBe('not a folder');
  });

  it.each([
    [
      'read-only',
      'EACCES',
      "it is not allowed to write there. Your work is still saved; until this is fixed, no new backups are made. Check the folder's permissions.",
    ],
    [
      'full',
      'ENOSPC',
      'the disk is full. Your work is still saved; until this is fixed, no new backups are made. Free some space.',
    ],
  ])(
    'says so when the backups folder is %s, and keeps saving the work',
    async (_name, code, said) => {
      const dir = await folder(`backups-${code}`);
      await writeFile(join(dir, 'los-builder.json'), sampleFileText(1));
      const inBackups = (path: string) => path.startsWith(backupsOf(dir));
      const fs: FsPort = {
        ...nodeFsPort,
        openExclusive: (path) =>
          inBackups(path) ? Promise.reject(errno(code)) : nodeFsPort.openExclusive(path),
      };
      const store = await open(dir, fs);
      expect(store.notices.map((notice) => noticeIn(notice, 'en').message)).toEqual([
        `LOS Builder could not make its automatic backup in ${backupsOf(dir)}: ${said}`,
      ]);
      await store.repository.update(bumpUtility);
      expect(await readdir(backupsOf(dir)).catch(() => [])).toEqual([]);
    },
  );
});

describe('a complaint log that cannot be read', () => {
  it('is set aside, and the app starts with an empty log and says where the file went', async () => {
    const dir = await folder('log-unreadable');
    const path = join(dir, 'complaint-log.json');
    await writeFile(join(dir, 'los-builder.json'), sampleFileText(1));
    await writeFile(path, '{"schemaVersion":2}');
    const fs: FsPort = {
      ...nodeFsPort,
      readFile: (wanted) =>
        wanted === path ? Promise.reject(errno('EACCES')) : nodeFsPort.readFile(wanted),
    };
    const store = await open(dir, fs);
    expect(store.repository.read().utility.value.name).toBe('Save 1');
    expect(store.complaints.read().rows).toEqual([]);
    const [notice] = store.notices.map((said) => noticeIn(said, 'en'));
    expect(notice?.message).toMatch(
      /^The complaint log could not be read \(LOS Builder is not allowed to read it\), so LOS Builder started with an empty complaint log\. Import the CSV file again\. The file was kept as complaint-log\.corrupt-\d{8}T\d{9}Z\.json in the data folder\.$/,
    );
    expect((await readdir(dir)).filter((name) => name.startsWith('complaint-log'))).toEqual([
      expect.stringMatching(/^complaint-log\.corrupt-/),
    ]);
  });
});
