import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFileText } from '../../support/store-sample';
import { tempFolders } from '../../support/temp-folders';
import { folderState, nameUtility, openLibrary } from './library-sample';

const folders = tempFolders();

describe('the utilities kept on this computer', () => {
  it('opens existing single-utility data as the first utility, its data file untouched', async () => {
    const root = await folders.folder('library-first');
    const text = sampleFileText(3);
    await writeFile(join(root, 'los-builder.json'), text);
    const { handlers } = await openLibrary(folders, root);
    const view = await handlers['library:list'](undefined);
    expect(view.utilities).toEqual([
      expect.objectContaining({ key: 'first', name: 'Save 3', open: true }),
    ]);
    expect(view.dataFolder).toBe(root);
    expect(await readFile(join(root, 'los-builder.json'), 'utf8')).toBe(text);
    await expect(handlers['app:status'](undefined)).resolves.toMatchObject({
      utility: { key: 'first', count: 1 },
      language: null,
    });
  });

  it('keeps 12 utilities apart: any one opens in one call, and one removed comes back whole', async () => {
    const root = await folders.folder('library-twelve');
    const { handlers } = await openLibrary(folders, root);
    await nameUtility(handlers, 'Utility 1');
    for (let n = 2; n <= 12; n += 1) {
      await handlers['library:create'](undefined);
      await nameUtility(handlers, `Utility ${n} & Söns "Water"`);
    }
    let view = await handlers['library:list'](undefined);
    expect(view.utilities).toHaveLength(12);
    expect(view.utilities.filter((entry) => entry.open).map((entry) => entry.name)).toEqual([
      'Utility 12 & Söns "Water"',
    ]);
    for (const entry of view.utilities) {
      await handlers['library:open']({ key: entry.key });
      expect((await handlers['utility:get'](undefined)).value.name).toBe(entry.name);
      expect(await handlers['app:status'](undefined)).toMatchObject({
        utility: { key: entry.key, count: 12 },
        language: null,
      });
    }

    const seventh = view.utilities[6]!;
    const before = await folderState(join(root, 'utilities', seventh.key));
    await expect(handlers['library:remove']({ key: view.utilities[11]!.key })).rejects.toThrow(
      /This utility is open\. Open another one first/,
    );
    const { removalId } = await handlers['library:remove']({ key: seventh.key });
    view = await handlers['library:list'](undefined);
    expect(view.utilities.map((entry) => entry.key)).not.toContain(seventh.key);
    expect(view.removed).toEqual([expect.objectContaining({ removalId, name: seventh.name })]);

    const { key } = await handlers['library:undoRemove']({ removalId });
    view = await handlers['library:list'](undefined);
    expect(view.utilities).toHaveLength(12);
    expect(view.removed).toEqual([]);
    expect(await folderState(join(root, 'utilities', key))).toEqual(before);
    await handlers['library:open']({ key });
    expect((await handlers['utility:get'](undefined)).value.name).toBe(seventh.name);
  });

  it('removes the first utility too, and puts it back as a utility of its own', async () => {
    const root = await folders.folder('library-remove-first');
    await writeFile(join(root, 'los-builder.json'), sampleFileText(2));
    const { handlers } = await openLibrary(folders, root);
    await handlers['library:create'](undefined);
    await nameUtility(handlers, 'Second');
    const { removalId } = await handlers['library:remove']({ key: 'first' });
    const afterRemoval = await handlers['library:list'](undefined);
    expect(afterRemoval.utilities.map((entry) => entry.name)).toEqual(['Second']);
    const { key } = await handlers['library:undoRemove']({ removalId });
    await handlers['library:open']({ key });
    expect((await handlers['utility:get'](undefined)).value.name).toBe('Save 2');
  });

  it('reopens the utility open last', async () => {
    const root = await folders.folder('library-last');
    const first = await openLibrary(folders, root);
    const { key } = await first.handlers['library:create'](undefined);
    await nameUtility(first.handlers, 'Opened last');
    await first.library.close();
    const again = await openLibrary(folders, root);
    expect(again.library.currentKey()).toBe(key);
  });

  it('opens another utility, and says why, when the one open last cannot be opened', async () => {
    const root = await folders.folder('library-fallback');
    const first = await openLibrary(folders, root);
    await nameUtility(first.handlers, 'Cedar Creek');
    const { key } = await first.handlers['library:create'](undefined);
    await nameUtility(first.handlers, 'Pine Hollow');
    await first.library.close();
    // Pine Hollow was opened last; a newer version of the app has since saved it.
    const dataFile = join(root, 'utilities', key, 'los-builder.json');
    const newer = (await readFile(dataFile, 'utf8')).replace(
      /"schemaVersion":\d+/,
      '"schemaVersion":99',
    );
    await writeFile(dataFile, newer);

    const again = await openLibrary(folders, root);
    expect(again.library.currentKey()).toBe('first');
    const status = await again.handlers['app:status'](undefined);
    expect(status.notices.map((notice) => notice.message)).toContainEqual(
      expect.stringMatching(
        /^The utility open last could not be opened, so another utility was opened instead\. This data was saved by a newer version of LOS Builder \(format 99\)\..* Then open it again from the Utilities screen\.$/,
      ),
    );
    expect(await readFile(dataFile, 'utf8')).toBe(newer);
  });

  it('serves two utilities to two windows at once, and refuses the same one twice', async () => {
    const root = await folders.folder('library-two');
    const one = await openLibrary(folders, root);
    await nameUtility(one.handlers, 'Cedar Creek');
    const { key } = await one.handlers['library:create'](undefined);
    await nameUtility(one.handlers, 'Pine Hollow');
    await one.handlers['library:open']({ key: 'first' });

    const two = await openLibrary(folders, root, { startWith: key });
    expect((await two.handlers['utility:get'](undefined)).value.name).toBe('Pine Hollow');
    await expect(openLibrary(folders, root, { startWith: 'first' })).rejects.toThrow(
      /"Cedar Creek" is open in another LOS Builder window .*Close it there, or choose another utility\./,
    );
    await expect(one.handlers['library:open']({ key })).rejects.toThrow(
      /"Pine Hollow" is open in another LOS Builder window/,
    );
    // The refused switch leaves the first window where it was.
    expect((await one.handlers['utility:get'](undefined)).value.name).toBe('Cedar Creek');
    await expect(one.handlers['library:remove']({ key })).rejects.toThrow(/open in another/);
  });
});
