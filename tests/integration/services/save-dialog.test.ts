import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { createSaveDialogDelivery } from '../../../src/main/platform/save-dialog';
import { backupFile, pdfFile } from '../../../src/main/services/file-delivery';
import { makeStoreTempDir } from '../../support/store-temp-dir';

const pdfBytes = Buffer.from('%PDF-1.7\nnot really a PDF\n%%EOF\n');
const fileName = 'LOS Agreement - Cedar Flats - revision 1.pdf';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * The desktop delivery with a fake dialog that answers `chosen` (a name in a fresh folder, or
 * null for Cancel) and a fake shell whose openPath answers `openError` ('' = opened).
 */
async function setUp(chosen: string | null, openError = '') {
  const { dir, remove } = await makeStoreTempDir('save-dialog');
  cleanups.push(remove);
  const window = { id: 1 } as unknown as BaseWindow;
  const answer = { canceled: chosen === null, filePath: chosen === null ? '' : join(dir, chosen) };
  const showSaveDialog = vi.fn(() => Promise.resolve(answer));
  const showOpenDialog = vi.fn(() =>
    Promise.resolve({
      canceled: chosen === null,
      filePaths: chosen === null ? [] : [join(dir, chosen)],
    }),
  );
  const openPath = vi.fn(() => Promise.resolve(openError));
  const delivery = createSaveDialogDelivery({
    dialog: { showSaveDialog, showOpenDialog },
    shell: { openPath },
    window: () => window,
    defaultFolder: () => '/home/board/Documents',
  });
  return { dir, window, showSaveDialog, showOpenDialog, openPath, delivery };
}

describe('the desktop save dialog', () => {
  it('asks main’s dialog where to save, offering the file name, and writes the PDF there', async () => {
    const { dir, window, showSaveDialog, openPath, delivery } = await setUp('For the board.pdf');
    expect(await delivery.deliver(fileName, pdfBytes)).toEqual({
      status: 'saved',
      fileName: 'For the board.pdf',
    });
    expect(showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: join('/home/board/Documents', fileName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    const target = join(dir, 'For the board.pdf');
    expect(await readFile(target)).toEqual(pdfBytes);
    // Written durably: no temp file is left beside it.
    expect(await readdir(dir)).toEqual(['For the board.pdf']);

    expect(await delivery.openSaved()).toBe(true);
    expect(openPath).toHaveBeenCalledWith(target);
  });

  it('adds .pdf when the name typed has none', async () => {
    const { dir, delivery } = await setUp('agreement');
    expect(await delivery.deliver(fileName, pdfBytes)).toEqual({
      status: 'saved',
      fileName: 'agreement.pdf',
    });
    expect(await readFile(join(dir, 'agreement.pdf'))).toEqual(pdfBytes);
  });

  it('writes nothing and has nothing to open when the user cancels', async () => {
    const { dir, openPath, delivery } = await setUp(null);
    expect(await delivery.deliver(fileName, pdfBytes)).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
    expect(await delivery.openSaved()).toBe(false);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('says in plain words when the PDF cannot be written there', async () => {
    const { delivery } = await setUp(join('no such folder', 'agreement.pdf'));
    const refused = delivery.deliver(fileName, pdfBytes);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'storage',
      message:
        'The PDF was not saved because that folder is no longer there. Try again, or choose another folder.',
    });
    expect(await delivery.openSaved()).toBe(false);
  });

  it('reports a viewer that would not open', async () => {
    const { delivery } = await setUp('a.pdf', 'No application is registered to open PDF files.');
    await delivery.deliver(fileName, pdfBytes);
    expect(await delivery.openSaved()).toBe(false);
  });

  it('reads the PDF the user picks in main’s open dialog, and nothing when it is cancelled', async () => {
    const { dir, window, showOpenDialog, delivery } = await setUp('Signed agreement.pdf');
    await writeFile(join(dir, 'Signed agreement.pdf'), pdfBytes);
    const picked = await delivery.pickFile(pdfFile);
    expect(picked?.name).toBe('Signed agreement.pdf');
    expect(Buffer.from(picked!.bytes)).toEqual(pdfBytes);
    expect(showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ filters: [{ name: 'PDF document', extensions: ['pdf'] }] }),
    );
    const cancelled = await setUp(null);
    expect(await cancelled.delivery.pickFile(pdfFile)).toBeNull();
  });

  it('saves a backup with its own extension and words, and names it when it fails', async () => {
    const { dir, delivery } = await setUp('Cedar Creek backup');
    const result = await delivery.deliver(
      'Cedar Creek backup 2026-12-06.losbackup',
      pdfBytes,
      backupFile,
    );
    expect(result).toEqual({ status: 'saved', fileName: 'Cedar Creek backup.losbackup' });
    expect(await readFile(join(dir, 'Cedar Creek backup.losbackup'))).toEqual(pdfBytes);
    const gone = await setUp('/no/such/folder/x.losbackup');
    await expect(gone.delivery.deliver('x.losbackup', pdfBytes, backupFile)).rejects.toMatchObject({
      message:
        'The backup was not saved because that folder is no longer there. Try again, or choose another folder.',
    });
  });
});
