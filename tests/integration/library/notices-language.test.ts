import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, refuseOtherUtility, type OpenedApp } from '../../../src/main/library/open-app';
import { downloadDelivery } from '../../../src/main/services/file-delivery';
import { nodeFsPort, type FsPort } from '../../../src/main/store/fs-port';
import { backupTime } from '../../../src/main/store/store-files';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http';
import {
  isTrustedSender,
  registerIpcHandlers,
  rendererOrigins,
} from '../../../src/main/transport/ipc';
import { callApi } from '../../support/serve-client';
import { eventFrom, fakeFrame, FakeIpcMain } from '../../support/fake-ipc-main';
import { sampleFileText } from '../../support/store-sample';
import { errno } from '../../support/store-fault-fs';
import { tempFolders } from '../../support/temp-folders';
import { nameUtility, openLibrary, savedBackup } from './library-sample';

// What main words itself outside a refusal (start-up notices, a refused backup, a restore
// preview) reaches each window in the language that window shows, asked through the transports
// as the page asks: the same words in English as before, and Spanish for a Spanish page.

const folders = tempFolders();
const token = 'd'.repeat(64);
let server: RunningHttpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Browser mode over `opened`, as serve.ts starts it. */
async function serve(opened: OpenedApp): Promise<void> {
  const dispatch = refuseOtherUtility(createDispatcher(opened.handlers), opened.library);
  server = await startHttpServer({ dispatch, port: 0, token });
}

/** One call the way the page makes it, in the page's language. */
async function call(method: string, input: unknown, language: 'en' | 'es'): Promise<unknown> {
  if (!server) throw new Error('Serve the app first.');
  return (await callApi(server.port, token, method, input, { language })).result;
}

async function noticesIn(language: 'en' | 'es'): Promise<string[]> {
  const answer = (await call('app:status', undefined, language)) as {
    value: { notices: { message: string }[] };
  };
  return answer.value.notices.map((notice) => notice.message);
}

describe('start-up notices follow the asking window’s language', () => {
  it('a damaged data file replaced by its newest backup', async () => {
    const root = await folders.folder('notice-restored');
    // Local time, as the notice says it: 3:05 p.m. on November 24.
    const savedAt = new Date(2026, 10, 24, 15, 5);
    await mkdir(join(root, 'backups'));
    const backupName = 'los-builder.backup-20261124T150500000Z.json';
    await writeFile(join(root, 'backups', backupName), sampleFileText(7, savedAt));
    await writeFile(join(root, 'los-builder.json'), '');
    await serve(await openLibrary(folders, root));
    const [kept] = (await readdir(root)).filter((name) => name.startsWith('los-builder.corrupt-'));

    expect(await noticesIn('en')).toEqual([
      `The saved file could not be read (it was empty). We restored the backup from 24 Nov 2026 at 15:05 (${backupName}); changes made after that time are not in it. The unreadable file was kept as ${kept}.`,
    ]);
    expect(await noticesIn('es')).toEqual([
      `No se pudo leer el archivo guardado (estaba vacío). Restauramos la copia de respaldo del 24 de noviembre de 2026 a las 3:05\u00a0p.\u00a0m. (${backupName}); los cambios hechos después de esa hora no están en ella. El archivo que no se pudo leer se guardó como ${kept}.`,
    ]);
  });

  it('an automatic backup the disk refused', async () => {
    const root = await folders.folder('notice-backup-failed');
    await writeFile(join(root, 'los-builder.json'), sampleFileText(1));
    const backups = join(root, 'backups');
    const fs: FsPort = {
      ...nodeFsPort,
      openExclusive: (path) =>
        path.startsWith(backups) ? Promise.reject(errno('ENOSPC')) : nodeFsPort.openExclusive(path),
    };
    const opened = await openApp({
      root,
      appVersion: '0.1.0',
      mode: 'browser',
      delivery: downloadDelivery,
      log: () => undefined,
      fs,
    });
    folders.beforeRemoving(() => opened.library.close());
    await (
      await opened.library.current()
    ).store.startupBackup;
    await serve(opened);

    expect(await noticesIn('en')).toEqual([
      `LOS Builder could not make its automatic backup in ${backups}: the disk is full. Your work is still saved; until this is fixed, no new backups are made. Free some space.`,
    ]);
    expect(await noticesIn('es')).toEqual([
      `LOS Builder no pudo hacer su copia de respaldo automática en ${backups}: el disco está lleno. Su trabajo sigue guardado; hasta que esto se arregle, no se hacen copias de respaldo nuevas. Libere algo de espacio.`,
    ]);
  });

  it('another utility opened because the data file of the one open last cannot be read', async () => {
    const root = await folders.folder('notice-unreadable');
    const first = await openLibrary(folders, root);
    await nameUtility(first.handlers, 'Cedar Creek');
    const { key } = await first.handlers['library:create'](undefined);
    await first.library.close();
    // A folder where the data file should be: the disk refuses to read it as a file.
    const dataFile = join(root, 'utilities', key, 'los-builder.json');
    await rm(dataFile, { force: true });
    await mkdir(dataFile);
    await serve(await openLibrary(folders, root));

    expect(await noticesIn('en')).toEqual([
      `The utility open last could not be opened, so another utility was opened instead. LOS Builder could not read its data file at ${dataFile}: there is a folder where the file should be. Move or rename that folder, then start LOS Builder again. Then open it again from the Utilities screen.`,
    ]);
    expect(await noticesIn('es')).toEqual([
      `No se pudo abrir el último sistema que estaba abierto, así que se abrió otro sistema. LOS Builder no pudo leer su archivo de datos en ${dataFile}: hay una carpeta donde debería estar el archivo. Mueva esa carpeta o cámbiele el nombre y vuelva a abrir LOS Builder. Luego vuelva a abrirlo desde la pantalla de Sistemas.`,
    ]);
  });

  it('over IPC too: the utility open last was saved by a newer version', async () => {
    const root = await folders.folder('notice-ipc');
    const first = await openLibrary(folders, root);
    await nameUtility(first.handlers, 'Cedar Creek');
    const { key } = await first.handlers['library:create'](undefined);
    await nameUtility(first.handlers, 'Pine Hollow');
    await first.library.close();
    const dataFile = join(root, 'utilities', key, 'los-builder.json');
    const newer = (await readFile(dataFile, 'utf8')).replace(
      /"schemaVersion":\d+/,
      '"schemaVersion":99',
    );
    await writeFile(dataFile, newer);
    const again = await openLibrary(folders, root);
    const ipcMain = new FakeIpcMain();
    const mainFrame = fakeFrame('app://los/index.html');
    const trust = { mainFrame: () => mainFrame, allowedOrigins: rendererOrigins(undefined) };
    registerIpcHandlers(
      ipcMain,
      createDispatcher(again.handlers, { checkOutputs: true }),
      (event) => isTrustedSender(event, trust),
    );
    const status = (language: string) =>
      ipcMain.invoke('app:status', eventFrom(mainFrame), undefined, language);

    expect(await status('en')).toMatchObject({
      value: {
        notices: [
          {
            level: 'warning',
            message:
              'The utility open last could not be opened, so another utility was opened instead. This data was saved by a newer version of LOS Builder (format 99). Install the newer version to open it; the file was not changed. Then open it again from the Utilities screen.',
          },
        ],
      },
    });
    expect(await status('es')).toMatchObject({
      value: {
        notices: [
          {
            level: 'warning',
            message:
              'No se pudo abrir el último sistema que estaba abierto, así que se abrió otro sistema. Estos datos se guardaron con una versión más nueva de LOS Builder (formato 99). Instale la versión más nueva para abrirlos; el archivo no se cambió. Luego vuelva a abrirlo desde la pantalla de Sistemas.',
          },
        ],
      },
    });
  });
});

describe('backups say why and what restoring does in the asking window’s language', () => {
  it('a file that is not a backup, and one whose agreement data was altered', async () => {
    const root = await folders.folder('refused-language');
    const opened = await openLibrary(folders, root);
    await nameUtility(opened.handlers, 'Kept');
    const good = await savedBackup(opened.handlers);
    const raw = Buffer.from(good.fileBase64, 'base64').toString('utf8');
    const at = raw.lastIndexOf('Kept');
    const altered = `${raw.slice(0, at)}Kopt${raw.slice(at + 4)}`;
    await serve(opened);
    const preview = (content: string, language: 'en' | 'es') =>
      call(
        'backup:preview',
        { fileName: 'x.losbackup', fileBase64: Buffer.from(content).toString('base64') },
        language,
      );
    const refused = (message: string) => ({ ok: false, error: { code: 'invalid-input', message } });

    expect(await preview('{"hello":"world"}', 'en')).toEqual(
      refused(
        'This file cannot be restored because it is not an LOS Builder backup. Nothing was changed.',
      ),
    );
    expect(await preview('{"hello":"world"}', 'es')).toEqual(
      refused(
        'Este archivo no se puede restaurar porque no es una copia de respaldo de LOS Builder. No se cambió nada.',
      ),
    );
    expect(await preview(altered, 'en')).toEqual(
      refused(
        'This file cannot be restored because its agreement data does not match its checksum, so it was changed or damaged. Nothing was changed.',
      ),
    );
    expect(await preview(altered, 'es')).toEqual(
      refused(
        'Este archivo no se puede restaurar porque los datos de su acuerdo no coinciden con su suma de verificación, así que se cambiaron o se dañaron. No se cambió nada.',
      ),
    );
  });

  it('a preview of an older backup, with both dates', async () => {
    const root = await folders.folder('preview-language');
    // Ten in the morning, local time, a minute later at each reading.
    let now = new Date(2026, 11, 6, 10, 0).getTime();
    const opened = await openLibrary(folders, root, { clock: () => new Date((now += 60_000)) });
    await nameUtility(opened.handlers, 'Before');
    const backup = await savedBackup(opened.handlers);
    await nameUtility(opened.handlers, 'After');
    await serve(opened);
    const previewIn = async (language: 'en' | 'es') =>
      ((await call('backup:preview', backup, language)) as { value: { message: string } }).value
        .message;

    expect(await previewIn('en')).toMatch(
      /^This backup is older than what is here: it was last changed 6 Dec 2026 at 10:\d\d, and "After" was last changed 6 Dec 2026 at 10:\d\d\. Restoring puts the older data back\. What is here now is kept aside, so the restore can be undone\.$/,
    );
    expect(await previewIn('es')).toMatch(
      /^Esta copia de respaldo es más antigua que lo que hay aquí: cambió por última vez el 6 de diciembre de 2026 a las 10:\d\d\u00a0a\.\u00a0m\., y "After" cambió por última vez el 6 de diciembre de 2026 a las 10:\d\d\u00a0a\.\u00a0m\.\. Al restaurar se vuelven a poner los datos más antiguos\. Lo que hay aquí ahora se guarda aparte, así que la restauración se puede deshacer\.$/,
    );
  });

  it('an automatic backup named by its time', async () => {
    const root = await folders.folder('automatic-language');
    await writeFile(join(root, 'los-builder.json'), sampleFileText(5));
    let now = new Date(2026, 11, 6, 16, 30).getTime();
    const opened = await openLibrary(folders, root, { clock: () => new Date((now += 60_000)) });
    await serve(opened);
    const list = (await call('backup:list', undefined, 'es')) as { value: { name: string }[] };
    const automatic = { automatic: list.value[0]!.name };
    const fromIn = async (language: 'en' | 'es') =>
      ((await call('backup:preview', automatic, language)) as { value: { from: string } }).value
        .from;

    expect(await fromIn('en')).toMatch(/^the automatic backup of 6 Dec 2026 at 16:3\d$/);
    expect(await fromIn('es')).toMatch(
      /^la copia de respaldo automática del 6 de diciembre de 2026 a las 4:3\d\u00a0p\.\u00a0m\.$/,
    );
    // The restore's record keeps the backup's time, which each screen words in its language.
    const preview = (await call('backup:preview', automatic, 'es')) as {
      value: { previewId: string };
    };
    await call('backup:restore', { previewId: preview.value.previewId, as: 'replace' }, 'es');
    const view = (await call('library:list', undefined, 'es')) as {
      value: { lastRestore: { from: string } };
    };
    expect(view.value.lastRestore.from).toBe(backupTime(automatic.automatic)?.toISOString());
  });
});
