import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { ExportResult } from '../../shared/api/export-result';

/**
 * What kind of file is delivered or picked: the words and the extension its dialogs use (the
 * refusals name the kind by its extension).
 */
export interface FileKind {
  filterName: string;
  extension: string;
  saveTitle: string;
  pickTitle: string;
}

export const pdfFile: FileKind = {
  filterName: 'PDF document',
  extension: 'pdf',
  saveTitle: 'Save the PDF',
  pickTitle: 'Choose the agreement PDF to check',
};

export const csvFile: FileKind = {
  filterName: 'CSV spreadsheet',
  extension: 'csv',
  saveTitle: 'Save the spreadsheet',
  pickTitle: 'Choose the spreadsheet',
};

export const backupFile: FileKind = {
  filterName: 'LOS Builder backup',
  extension: 'losbackup',
  saveTitle: 'Save a backup',
  pickTitle: 'Choose the backup to restore',
};

/**
 * How a finished file (a PDF, a spreadsheet, a backup) reaches the user. The desktop app shows
 * a save dialog in main (the renderer never names a path, ARCHITECTURE.md rule 5); browser mode
 * hands the bytes over as a download.
 */
export interface FileDelivery {
  deliver(fileName: string, bytes: Buffer, kind?: FileKind): Promise<ExportResult>;
  /** Opens the file delivered last in the system's viewer; false when there is none to open. */
  openSaved(): Promise<boolean>;
  /** Lets the user pick a file (an open dialog in main); null when cancelled. */
  pickFile(kind: FileKind): Promise<{ name: string; bytes: Uint8Array } | null>;
}

/** Browser mode: the page saves the download itself, so there is no file here to open. */
export const downloadDelivery: FileDelivery = {
  deliver: (fileName, bytes) =>
    Promise.resolve({ status: 'download', fileName, base64: bytes.toString('base64') }),
  openSaved: () => Promise.resolve(false),
  // The page has its own file input in browser mode; main shows no dialog there.
  pickFile: (kind) =>
    Promise.reject(
      new AppError('invalid-input', refusal('refusals.pickInBrowser', { kind: kind.extension })),
    ),
};
