import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReviewSettings } from '../../../src/shared/domain/review-settings';
import { goalFields, handlerFolder } from './handler-folder';

const fixtures = join(import.meta.dirname, '../../fixtures/store');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown>;
}

async function copyFixture(name: string, dir: string): Promise<string> {
  const text = await readFile(join(fixtures, name), 'utf8');
  await writeFile(join(dir, 'los-builder.json'), text);
  return text;
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

async function backupTexts(dir: string): Promise<string[]> {
  const names = (await readdir(join(dir, 'backups'))).filter((name) => name.endsWith('.json'));
  return Promise.all(names.map((name) => readFile(join(dir, 'backups', name), 'utf8')));
}

describe('a data folder from format 1 (before goals)', () => {
  it('opens, keeps the old file in a backup, is saved as format 2, and loses nothing', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v1', async (dir) => {
      original = await copyFixture('v1-valid.json', dir);
    });
    const old = JSON.parse(original) as Envelope;

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.data).toEqual({
      ...old.data,
      goals: [],
      review: { rev: 0, value: defaultReviewSettings },
    });
    expect(await handlers['utility:get'](undefined)).toEqual(old.data.utility);
    expect(await handlers['scope:get'](undefined)).toEqual(old.data.scope);
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'scope' });

    // The migrated folder is an ordinary format-2 folder: goals can be added and kept.
    const goal = await handlers['goals:add']({ fields: goalFields('Meet every standard') });
    const again = await reopen();
    expect(await again['goals:list'](undefined)).toEqual([goal]);
    expect(await again['utility:get'](undefined)).toEqual(old.data.utility);
  });
});

describe('a data folder in format 2', () => {
  it('opens as it is, without a migration, with its goals and review settings', async () => {
    let original = '';
    const { dir, handlers } = await handlerFolder('format-v2', async (dir) => {
      original = await copyFixture('v2-valid.json', dir);
    });
    const saved = JSON.parse(original) as Envelope;

    expect(await readFile(join(dir, 'los-builder.json'), 'utf8')).toBe(original);
    expect(await handlers['goals:list'](undefined)).toEqual(saved.data.goals);
    expect((await handlers['review:get'](undefined)).settings).toEqual(saved.data.review);
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'review' });
  });
});
