import { basename, join } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import { AppError } from '../app-error';
import { pdfFile, type FileDelivery, type FileKind } from '../services/file-delivery';
import { writeFileDurably } from '../store/durable-write';
import { errorCode, nodeFsPort, type FsPort } from '../store/fs-port';

export interface SaveDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath'>;
  /** The app window, so the dialog is attached to it; undefined when it is closed. */
  window: () => BaseWindow | undefined;
  /** Where the dialog starts, such as the user's Documents folder. */
  defaultFolder: () => string;
  /** A test seam; production writes through node:fs. */
  fs?: FsPort;
}

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'LOS Builder may not write in that folder',
  EPERM: 'LOS Builder may not write in that folder, or another program has the file open',
  EROFS: 'that disk cannot be written to',
  EBUSY: 'another program has the file open',
  ENOENT: 'that folder is no longer there',
};

function saveError(error: unknown, kind: FileKind): AppError {
  const code = errorCode(error) ?? '';
  const reason = reasons[code] ?? `the disk reported a problem${code ? ` (${code})` : ''}`;
  return new AppError(
    'storage',
    `The ${kind.noun} was not saved because ${reason}. Try again, or choose another folder.`,
  );
}

/** GTK's dialog does not add the extension the filter names; a viewer needs it to open the file. */
function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

/**
 * The desktop app's exports: Electron's save dialog run by main, so the page never names a
 * path; the file is written durably (a PDF half-written at a power cut must not replace a good
 * one), and main remembers where, for "Open to print".
 */
export function createSaveDialogDelivery(deps: SaveDialogDeps): FileDelivery {
  const fs = deps.fs ?? nodeFsPort;
  let lastSaved: string | undefined;
  return {
    async deliver(fileName, bytes, kind = pdfFile) {
      const options: SaveDialogOptions = {
        title: kind.saveTitle,
        defaultPath: join(deps.defaultFolder(), fileName),
        filters: [{ name: kind.filterName, extensions: [kind.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = deps.window();
      const choice = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      const path = withExtension(choice.filePath, kind.extension);
      try {
        await writeFileDurably(fs, path, bytes);
      } catch (error) {
        throw saveError(error, kind);
      }
      lastSaved = path;
      return { status: 'saved', fileName: basename(path) };
    },

    async pickFile(kind) {
      const options: OpenDialogOptions = {
        title: kind.pickTitle,
        defaultPath: deps.defaultFolder(),
        filters: [{ name: kind.filterName, extensions: [kind.extension] }],
        properties: ['openFile'],
      };
      const window = deps.window();
      const choice = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const [path] = choice.filePaths;
      if (choice.canceled || path === undefined) return null;
      try {
        return { name: basename(path), bytes: await fs.readFile(path) };
      } catch (error) {
        const code = errorCode(error) ?? '';
        throw new AppError(
          'storage',
          `That file could not be read${code ? ` (${code})` : ''}. Choose another, or copy it to this computer first.`,
        );
      }
    },

    async openSaved() {
      if (lastSaved === undefined) return false;
      // openPath answers an error message, or '' when the viewer opened.
      return (await deps.shell.openPath(lastSaved)) === '';
    },
  };
}
