import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupParts } from '../../support/backup-texts';
import { sampleFileText } from '../../support/store-sample';
import { tempFolders } from '../../support/temp-folders';
import {
  folderState,
  importComplaints,
  nameUtility,
  openLibrary,
  savedBackup,
} from './library-sample';

const folders = tempFolders();

const text = (path: string) => readFile(path, 'utf8').catch(() => null);

/** The data file and complaint log of the first utility, exactly as on disk. */
async function dataOf(root: string) {
  return {
    workbook: await text(join(root, 'los-builder.json')),
    complaintLog: await text(join(root, 'complaint-log.json')),
  };
}

/** A clock that moves a minute each time it is read, so every save and backup has its own time. */
function tickingClock(start = '2026-12-06T10:00:00Z') {
  let now = new Date(start).getTime();
  return () => new Date((now += 60_000));
}

describe('a backup you can carry', () => {
  it('restores byte for byte, as a new utility once the original is removed', async () => {
    const root = await folders.folder('restore-round-trip');
    const { handlers } = await openLibrary(folders, root, { clock: tickingClock() });
    await nameUtility(handlers, 'Cedar Creek & Sons "Water" Ñandú');
    await importComplaints(handlers);
    const original = await dataOf(root);
    const backup = await savedBackup(handlers);
    expect(backup.fileName).toMatch(
      /^Cedar Creek & Sons Water Ñandú backup \d{4}-\d{2}-\d{2}\.losbackup$/,
    );
    expect(await backupParts(await writeTemp(root, backup))).toEqual(original);

    const { key: other } = await handlers['library:create'](undefined);
    await handlers['library:remove']({ key: 'first' });
    const preview = await handlers['backup:preview'](backup);
    expect(preview).toMatchObject({
      relation: 'new',
      target: null,
      summary: { utilityName: 'Cedar Creek & Sons "Water" Ñandú', complaintRows: 3, revision: 1 },
    });
    expect(preview?.message).toMatch(
      /is not on this computer yet\. Restoring adds it as a new utility/,
    );
    const { key } = await handlers['backup:restore']({
      previewId: preview!.previewId,
      as: 'replace',
    });
    expect(key).not.toBe(other);
    expect(await dataOf(join(root, 'utilities', key))).toEqual(original);
    expect((await handlers['utility:get'](undefined)).value.name).toBe(
      'Cedar Creek & Sons "Water" Ñandú',
    );
    expect((await handlers['customers:get'](undefined)).complaints.total).toBe(3);
  });

  it('says when a backup is older, with both dates, keeps the newer data aside, and undoes', async () => {
    const root = await folders.folder('restore-older');
    const { handlers } = await openLibrary(folders, root, { clock: tickingClock() });
    await nameUtility(handlers, 'Before');
    const backup = await savedBackup(handlers);
    const backedUp = await dataOf(root);
    await nameUtility(handlers, 'After');
    await importComplaints(handlers);
    const newer = await dataOf(root);

    const preview = await handlers['backup:preview'](backup);
    expect(preview?.relation).toBe('older');
    expect(preview?.message).toMatch(
      /^This backup is older than what is here: it was last changed \d+ Dec 2026 at \d\d:\d\d, and "After" was last changed \d+ Dec 2026 at \d\d:\d\d\. Restoring puts the older data back\./,
    );
    const { key } = await handlers['backup:restore']({
      previewId: preview!.previewId,
      as: 'replace',
    });
    expect(key).toBe('first');
    expect(await dataOf(root)).toEqual(backedUp);
    expect((await handlers['utility:get'](undefined)).value.name).toBe('Before');

    const view = await handlers['library:list'](undefined);
    expect(view.lastRestore).toMatchObject({ from: backup.fileName });
    await handlers['backup:undoRestore']({ undoId: view.lastRestore!.undoId });
    expect(await dataOf(root)).toEqual(newer);
    expect((await handlers['utility:get'](undefined)).value.name).toBe('After');
    expect((await handlers['library:list'](undefined)).lastRestore).toBeNull();
  });

  it('refuses a damaged, cut-off, altered or foreign file and changes nothing', async () => {
    const root = await folders.folder('restore-refused');
    const { handlers } = await openLibrary(folders, root, { clock: tickingClock() });
    await nameUtility(handlers, 'Kept');
    const good = await savedBackup(handlers);
    const raw = Buffer.from(good.fileBase64, 'base64').toString('utf8');
    const bad: [string, string, RegExp][] = [
      ['cut off', raw.slice(0, raw.length - 200), /cut off or damaged/],
      // The name inside the agreement data, not the manifest's copy of it, which nothing restores.
      ['altered', alterLast(raw, 'Kept', 'Kopt'), /does not match its checksum/],
      ['a PDF', '%PDF-1.7\n', /cut off or damaged/],
      ['newer', raw.replace('"format":1', '"format":7'), /newer version of LOS Builder/],
      ['not ours', '{"hello":"world"}', /not an LOS Builder backup/],
    ];
    const before = await folderState(root);
    for (const [label, content, message] of bad) {
      const input = {
        fileName: `${label}.losbackup`,
        fileBase64: Buffer.from(content).toString('base64'),
      };
      await expect(handlers['backup:preview'](input), label).rejects.toThrow(message);
    }
    expect(await folderState(root)).toEqual(before);
  });

  it('restores an automatic backup, which holds the complaint log, with undo', async () => {
    const root = await folders.folder('restore-automatic');
    await writeFile(join(root, 'los-builder.json'), sampleFileText(5));
    const { handlers } = await openLibrary(folders, root, { clock: tickingClock() });
    await importComplaints(handlers);
    const backups = await handlers['backup:list'](undefined);
    expect(backups[0]?.summary).toMatchObject({ utilityName: 'Save 5', complaintRows: 0 });
    const startUp = await dataOf(root);
    await nameUtility(handlers, 'Changed since');

    const preview = await handlers['backup:preview']({ automatic: backups[0]!.name });
    expect(preview?.relation).toBe('older');
    await handlers['backup:restore']({ previewId: preview!.previewId, as: 'replace' });
    expect((await dataOf(root)).workbook).toBe(startUp.workbook);
    const undoId = (await handlers['library:list'](undefined)).lastRestore!.undoId;
    await handlers['backup:undoRestore']({ undoId });
    expect((await handlers['utility:get'](undefined)).value.name).toBe('Changed since');
    expect((await handlers['customers:get'](undefined)).complaints.total).toBe(3);
  });
});

function alterLast(text: string, from: string, to: string): string {
  const at = text.lastIndexOf(from);
  return `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
}

/** The downloaded backup as a file beside the data folder, as the user would keep it. */
async function writeTemp(root: string, backup: { fileName: string; fileBase64: string }) {
  const path = `${root}-${backup.fileName}`;
  await writeFile(path, Buffer.from(backup.fileBase64, 'base64'));
  folders.beforeRemoving(() => rm(path, { force: true }));
  return path;
}
