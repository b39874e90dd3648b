import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../../src/main/store/fs-port';
import {
  readWindowPlace,
  saveWindowPlace,
  windowPlaceFileName,
} from '../../../src/main/window-place/window-place-file';
import { makeStoreTempDir } from '../../support/store-temp-dir';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(): Promise<string> {
  const { dir, remove } = await makeStoreTempDir('window-place');
  cleanups.push(remove);
  return dir;
}

const place = { bounds: { x: -1200, y: 40, width: 1100, height: 800 }, maximized: true };

describe('the remembered window place', () => {
  it('reads back what was saved, a left-hand monitor included', async () => {
    const dir = await folder();
    expect(await saveWindowPlace(dir, place)).toBe(true);
    expect(await readWindowPlace(dir)).toEqual(place);
  });

  it('is nothing when missing, damaged or of the wrong shape, and nothing breaks', async () => {
    const dir = await folder();
    expect(await readWindowPlace(dir)).toBeUndefined();
    await writeFile(join(dir, windowPlaceFileName), '{"bounds": {"x": 1');
    expect(await readWindowPlace(dir)).toBeUndefined();
    await writeFile(join(dir, windowPlaceFileName), '{"bounds": {"x": "left"}, "maximized": 1}');
    expect(await readWindowPlace(dir)).toBeUndefined();
  });

  it('answers false when it cannot be saved, and leaves the old place as it was', async () => {
    const dir = await folder();
    await saveWindowPlace(dir, place);
    const refusing = {
      ...nodeFsPort,
      openExclusive: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
    };
    const moved = { ...place, maximized: false };
    expect(await saveWindowPlace(dir, moved, refusing)).toBe(false);
    expect(JSON.parse(await readFile(join(dir, windowPlaceFileName), 'utf8'))).toEqual(place);
  });
});
