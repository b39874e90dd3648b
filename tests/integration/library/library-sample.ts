import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Handlers, MethodOutput } from '../../../src/shared/api/contract';
import { openApp, type OpenedApp } from '../../../src/main/library/open-app';
import { downloadDelivery } from '../../../src/main/services/file-delivery';
import { smallComplaintLog, smallLogMapping } from '../../support/customer-sample';
import { importComplaintCsv } from '../../support/import-complaint-csv';
import type { tempFolders } from '../../support/temp-folders';

type Folders = ReturnType<typeof tempFolders>;

/** The app's main side on a data folder, as browser mode opens it; closed after the test. */
export async function openLibrary(
  folders: Folders,
  root: string,
  options: { startWith?: string; clock?: () => Date } = {},
): Promise<OpenedApp & { handlers: Handlers }> {
  const opened = await openApp({
    root,
    appVersion: '0.1.0',
    mode: 'browser',
    delivery: downloadDelivery,
    log: () => undefined,
    ...options,
  });
  folders.beforeRemoving(() => opened.library.close());
  return opened;
}

/** Names the open utility on step 1 (a new revision each time). */
export async function nameUtility(handlers: Handlers, name: string): Promise<void> {
  const record = await handlers['utility:get'](undefined);
  await handlers['utility:save']({ rev: record.rev, value: { ...record.value, name } });
}

/** Imports the small complaint log (a CSV with accents, `&` and quotes) into the open utility. */
export async function importComplaints(handlers: Handlers): Promise<void> {
  await importComplaintCsv(handlers, {
    fileName: 'Quejas & "reclamos" 2026.csv',
    csvText: smallComplaintLog,
    mapping: smallLogMapping,
  });
}

/** A backup downloaded from browser mode, as the page would hand it back to restore. */
export async function savedBackup(
  handlers: Handlers,
): Promise<{ fileName: string; fileBase64: string }> {
  const result: MethodOutput<'backup:save'> = await handlers['backup:save'](undefined);
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  return { fileName: result.fileName, fileBase64: result.base64 };
}

/** Every file under a folder with a hash of its bytes: to prove nothing changed. */
export async function folderState(root: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  async function walk(folder: string): Promise<void> {
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else
        state[relative(root, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  }
  await walk(root);
  return state;
}
