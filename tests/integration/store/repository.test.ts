import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { migrations, type Migration } from '../../../src/main/store/migrations';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { nodeFsPort, type FsPort } from '../../../src/main/store/fs-port';
import { openStore, type OpenStoreOptions } from '../../../src/main/store/open-store';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import { bumpUtility, sampleFileText } from '../../support/store-sample';
import { backedUpDataFiles, backupParts } from '../../support/backup-texts';
import { makeStoreTempDir } from '../../support/store-temp-dir';
import { englishIssue } from '../../unit/schemas/issues';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function open(label: string, options: Partial<OpenStoreOptions> = {}) {
  const { dir, remove } = await makeStoreTempDir(label);
  cleanups.push(remove);
  const store = await openStore({
    dataDir: dir,
    appVersion: '0.1.0',
    ...options,
    log: () => undefined,
  });
  cleanups.unshift(() => store.close());
  return { dir, store };
}

async function onDisk(dir: string) {
  return JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as {
    schemaVersion: number;
    appVersion: string;
    savedAt: string;
    data: { utility: { rev: number; value: { name: string } }; goals: Goal[] };
  };
}

function goalWith(id: string, statement: string): Goal {
  return {
    ...blankGoalFields('internal'),
    area: 'customer-service',
    direction: 'at-most',
    frequency: 'monthly',
    statement,
    id,
    rev: 0,
  };
}

const backupNames = async (dir: string) =>
  (await readdir(join(dir, 'backups')).catch(() => [])).sort();

describe('WorkbookRepository', () => {
  it('applies many concurrent updates in order and ends with the last one', async () => {
    const { dir, store } = await open('order');
    const names = Array.from({ length: 50 }, (_, i) => `Name ${i}`);
    const results = await Promise.all(
      names.map((name) =>
        store.repository.update((draft) => void (draft.utility.value.name = name)),
      ),
    );
    expect(results.map((result) => result.utility.value.name)).toEqual(names);
    expect(store.repository.read().utility.value.name).toBe('Name 49');
    expect((await onDisk(dir)).data.utility.value.name).toBe('Name 49');
  });

  it('resolves an update only once the new data is in the file, in the envelope', async () => {
    const { dir, store } = await open('envelope', {
      clock: () => new Date('2026-11-26T14:05:00Z'),
    });
    await store.repository.update(bumpUtility);
    expect(await onDisk(dir)).toMatchObject({
      schemaVersion: currentSchemaVersion,
      appVersion: '0.1.0',
      savedAt: '2026-11-26T14:05:00.000Z',
      data: { utility: { rev: 1, value: { name: 'Save 1' } } },
    });
  });

  it('hands out a frozen state: changing what read() answered throws and changes nothing', async () => {
    const { store } = await open('frozen');
    expect(() => {
      store.repository.read().utility.value.name = 'Changed behind its back';
    }).toThrow(TypeError);
    expect(() => store.repository.read().goals.push(goalWith('g-sneaked', 'Sneaked in'))).toThrow(
      TypeError,
    );
    expect(store.repository.read().utility.value.name).toBe('');
    expect(store.repository.read().goals).toEqual([]);
  });

  it('shares what a change leaves alone, and freezes what it made', async () => {
    const { store } = await open('share');
    await store.repository.update((draft) => {
      draft.goals.push(goalWith('g-1', 'First'), goalWith('g-2', 'Second'));
    });
    const before = store.repository.read();
    const after = await store.repository.update((draft) => {
      draft.goals[1]!.statement = 'Second, reworded';
    });
    expect(after.customers).toBe(before.customers);
    expect(after.goals[0]).toBe(before.goals[0]);
    expect(after.goals[1]).not.toBe(before.goals[1]);
    expect(Object.isFrozen(after.goals[1])).toBe(true);
    expect(before.goals[1]!.statement).toBe('Second');
  });

  it('checks a changed record whole: an invalid field is refused with its place named', async () => {
    const { dir, store } = await open('invalid-field');
    await store.repository.update((draft) => void draft.goals.push(goalWith('g-1', 'First')));
    await expect(
      store.repository.update((draft) => void (draft.goals[0]!.frequency = 'hourly' as never)),
    ).rejects.toMatchObject({ issues: [{ path: ['goals', 0, 'frequency'] }] });
    const tooMany = (await store.repository
      .update((draft) => {
        for (let index = 0; index < 200; index++) draft.goals.push(goalWith(`g-x${index}`, 'x'));
      })
      .catch((error: unknown) => error)) as z.ZodError;
    expect(tooMany.issues.map(englishIssue)).toEqual(['An agreement can hold at most 200 goals.']);
    await expect(
      store.repository.update((draft) => {
        Object.assign(draft.utility.value, { nickname: 'Cedar' });
      }),
    ).rejects.toMatchObject({ issues: [{ code: 'unrecognized_keys' }] });
    expect(store.repository.read().goals.map((goal) => goal.frequency)).toEqual(['monthly']);
    expect((await onDisk(dir)).data.goals).toHaveLength(1);
  });

  it('keeps what the schema makes of a changed text: the line cleaned of its breaks and spaces', async () => {
    const { dir, store } = await open('cleaned');
    await store.repository.update((draft) => {
      draft.goals.push(goalWith('g-1', '  Answer   every call\n within a day  '));
    });
    expect(store.repository.read().goals[0]!.statement).toBe('Answer   every call  within a day');
    expect((await onDisk(dir)).data).toMatchObject({
      goals: [{ statement: store.repository.read().goals[0]!.statement }],
    });
  });

  it('writes nothing and keeps memory as it was when the change is cancelled or invalid', async () => {
    const { dir, store } = await open('cancel');
    await store.repository.update(bumpUtility);
    const before = store.repository.read();
    await expect(
      store.repository.update(() => {
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    await expect(
      store.repository.update((draft) => void (draft.utility.rev = -1)),
    ).rejects.toThrow();
    expect(store.repository.read()).toEqual(before);
    expect((await onDisk(dir)).data.utility.rev).toBe(1);
  });

  it('flush waits for every queued save; close refuses later ones', async () => {
    const { dir, store } = await open('flush');
    const pending = [1, 2, 3].map(() => store.repository.update(bumpUtility));
    await store.repository.flush();
    expect((await onDisk(dir)).data.utility.rev).toBe(3);
    await Promise.all(pending);
    await store.close();
    await expect(store.repository.update(bumpUtility)).rejects.toMatchObject({ code: 'storage' });
  });
});

describe('backups', () => {
  it('backs up the loaded file at start-up, byte for byte', async () => {
    const { dir, remove } = await makeStoreTempDir('startup');
    cleanups.push(remove);
    const text = sampleFileText(4);
    await writeFile(join(dir, 'los-builder.json'), text);
    const store = await openStore({ dataDir: dir, appVersion: '0.1.0' });
    cleanups.unshift(() => store.close());
    await store.startupBackup;
    const names = await backupNames(dir);
    expect(names).toHaveLength(1);
    expect((await backupParts(join(dir, 'backups', names[0] ?? ''))).workbook).toBe(text);
  });

  it('opens without waiting for the start-up backup, which close() waits for', async () => {
    const { dir, remove } = await makeStoreTempDir('startup-later');
    cleanups.push(remove);
    await writeFile(join(dir, 'los-builder.json'), sampleFileText(2));
    let letBackupFinish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (letBackupFinish = resolve));
    const fs: FsPort = {
      ...nodeFsPort,
      // A slow USB stick: the backup's file is created only when the test says so.
      openExclusive: async (path) => {
        if (path.includes(join(dir, 'backups'))) await held;
        return nodeFsPort.openExclusive(path);
      },
    };
    const store = await openStore({ dataDir: dir, appVersion: '0.1.0', fs });
    expect(store.repository.read().utility.value.name).toBe('Save 2');
    expect(await backupNames(dir)).toEqual([]);
    const closing = store.close();
    letBackupFinish();
    await closing;
    expect(await backupNames(dir)).toHaveLength(1);
  });

  it('backs up after changes at most once per interval', async () => {
    let now = new Date('2026-11-26T14:00:00Z').getTime();
    const { dir, store } = await open('interval', {
      clock: () => new Date(now),
      backupIntervalMs: 5 * 60_000,
    });
    await store.repository.update(bumpUtility); // first change after an empty start: backed up
    expect(await backupNames(dir)).toHaveLength(1);
    for (let minute = 1; minute <= 4; minute += 1) {
      now += 60_000;
      await store.repository.update(bumpUtility);
    }
    expect(await backupNames(dir)).toHaveLength(1);
    now += 60_000;
    await store.repository.update(bumpUtility);
    const names = await backupNames(dir);
    expect(names).toEqual([
      'los-builder.backup-20261126T140000000Z.losbackup',
      'los-builder.backup-20261126T140500000Z.losbackup',
    ]);
    const parts = await backupParts(join(dir, 'backups', names[1] ?? ''));
    const latest = JSON.parse(parts.workbook) as { data: { utility: { rev: number } } };
    expect(latest.data.utility.rev).toBe(6);
  });

  it('rotates: many saves over a day leave only the newest five', async () => {
    let now = new Date('2026-11-26T08:00:00Z').getTime();
    const { dir, store } = await open('rotate', {
      clock: () => new Date(now),
      backupIntervalMs: 0,
    });
    for (let i = 0; i < 12; i += 1) {
      now += 10 * 60_000;
      await store.repository.update(bumpUtility);
    }
    const names = await backupNames(dir);
    expect(names).toHaveLength(5);
    expect(names.at(-1)).toBe('los-builder.backup-20261126T100000000Z.losbackup');
  });

  it('backs up the old file before a migration replaces it', async () => {
    const { dir, store } = await open('migrate');
    await store.repository.update(bumpUtility);
    await store.close();
    const oldFormat = await readFile(join(dir, 'los-builder.json'), 'utf8');
    await writeFile(join(dir, 'backups', 'keep-out.txt'), ''); // not a backup: ignored
    const renameOnce: Migration = {
      from: currentSchemaVersion,
      up: (data) => {
        const workbook = structuredClone(data) as { utility: { value: { name: string } } };
        workbook.utility.value.name = `${workbook.utility.value.name} (migrated)`;
        return workbook;
      },
    };

    const migrated = await openStore({
      dataDir: dir,
      appVersion: '0.2.0',
      schemaVersion: currentSchemaVersion + 1,
      migrations: [...migrations, renameOnce],
    });

    expect(migrated.repository.read().utility.value.name).toBe('Save 1 (migrated)');
    expect(await onDisk(dir)).toMatchObject({
      schemaVersion: currentSchemaVersion + 1,
      appVersion: '0.2.0',
    });
    expect(await backedUpDataFiles(dir)).toContain(oldFormat);
    await migrated.close();
  });
});
