import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../../src/main/store/fs-port';
import { errno } from '../../support/store-fault-fs';
import {
  readWindowPlace,
  saveWindowPlace,
  windowPlaceFileName,
} from '../../../src/main/window-place/window-place-file';
import { tempFolders } from '../../support/temp-folders';

const { folder } = tempFolders();

const place = { bounds: { x: -1200, y: 40, width: 1100, height: 800 }, maximized: true };

describe('the remembered window place', () => {
  it('reads back what was saved, a left-hand monitor included', async () => {
    const dir = await folder('window-place');
    expect(await saveWindowPlace(dir, place)).toBe(true);
    expect(await readWindowPlace(dir)).toEqual(place);
  });

  it('is nothing when missing, damaged or of the wrong shape, and nothing breaks', async () => {
    const dir = await folder('window-place');
    expect(await readWindowPlace(dir)).toBeUndefined();
    await writeFile(join(dir, windowPlaceFileName), '{"bounds": {"x": 1');
    expect(await readWindowPlace(dir)).toBeUndefined();
    await writeFile(join(dir, windowPlaceFileName), '{"bounds": {"x": "left"}, "maximized": 1}');
    expect(await readWindowPlace(dir)).toBeUndefined();
  });

  it('answers false when it cannot be saved, and leaves the old place as it was', async () => {
    const dir = await folder('window-place');
    await saveWindowPlace(dir, place);
    const refusing = {
      ...nodeFsPort,
      openExclusive: () => Promise.reject(errno('ENOSPC')),
    };
    const moved = { ...place, maximized: false };
    expect(await saveWindowPlace(dir, moved, refusing)).toBe(false);
    expect(JSON.parse(await readFile(join(dir, windowPlaceFileName), 'utf8'))).toEqual(place);
  });
});
