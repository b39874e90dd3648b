import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../../support/temp-folders';
import { nameUtility, openLibrary } from './library-sample';

const folders = tempFolders();

describe('the app language chosen on this computer', () => {
  it('is not chosen on a first start, so the page follows the computer’s language', async () => {
    const root = await folders.folder('language-first');
    const { handlers } = await openLibrary(folders, root);
    expect((await handlers['app:status'](undefined)).language).toBeNull();
  });

  it('is remembered across starts and utilities, beside the utilities, not in their records', async () => {
    const root = await folders.folder('language-kept');
    const first = await openLibrary(folders, root);
    await nameUtility(first.handlers, 'Asociación de Agua "El Valle" & Hijos');
    const dataBefore = await readFile(join(root, 'los-builder.json'), 'utf8');
    await expect(first.handlers['preferences:setLanguage']({ language: 'es' })).resolves.toEqual({
      language: 'es',
    });
    await first.handlers['library:create'](undefined);
    expect((await first.handlers['app:status'](undefined)).language).toBe('es');
    // The utility's own data file is not touched by a choice that is the computer's.
    expect(await readFile(join(root, 'los-builder.json'), 'utf8')).toBe(dataBefore);
    await first.library.close();

    const again = await openLibrary(folders, root);
    expect((await again.handlers['app:status'](undefined)).language).toBe('es');
    await again.handlers['preferences:setLanguage']({ language: 'en' });
    expect((await again.handlers['app:status'](undefined)).language).toBe('en');
  });

  it('falls back to the computer’s language when the file is damaged, and a new choice mends it', async () => {
    const root = await folders.folder('language-damaged');
    const { handlers } = await openLibrary(folders, root);
    await writeFile(join(root, 'preferences.json'), '{"language": "fr"');
    expect((await handlers['app:status'](undefined)).language).toBeNull();
    await writeFile(join(root, 'preferences.json'), '{"language": "fr"}');
    expect((await handlers['app:status'](undefined)).language).toBeNull();
    await handlers['preferences:setLanguage']({ language: 'es' });
    expect(JSON.parse(await readFile(join(root, 'preferences.json'), 'utf8'))).toEqual({
      language: 'es',
    });
  });
});
