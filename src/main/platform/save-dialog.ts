import { basename, join } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
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

function saveError(error: unknown, kind: FileKind): AppError {
  const code = errorCode(error) ?? '';
  const detail = code ? ` (${code})` : '';
  return new AppError(
    'storage',
    refusal('refusals.fileNotSaved', { kind: kind.extension, code, detail }),
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
        const code = errorCode(error);
        const detail = code ? ` (${code})` : '';
        throw new AppError('storage', refusal('refusals.fileUnreadable', { detail }));
      }
    },

    async openSaved() {
      if (lastSaved === undefined) return false;
      // openPath answers an error message, or '' when the viewer opened.
      return (await deps.shell.openPath(lastSaved)) === '';
    },
  };
}
