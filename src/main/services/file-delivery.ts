import { AppError } from '../app-error';
import type { ExportResult } from '../../shared/api/export-result';

/**
 * How a finished PDF reaches the user. The desktop app shows a save dialog in main (the
 * renderer never names a path, ARCHITECTURE.md rule 5); browser mode hands the bytes over
 * as a download.
 */
export interface FileDelivery {
  deliver(fileName: string, bytes: Buffer): Promise<ExportResult>;
  /** Opens the file delivered last in the system's viewer; false when there is none to open. */
  openSaved(): Promise<boolean>;
  /** Lets the user pick a PDF to check (an open dialog in main); null when cancelled. */
  pickPdf(): Promise<Uint8Array | null>;
}

/** Browser mode: the page saves the download itself, so there is no file here to open. */
export const downloadDelivery: FileDelivery = {
  deliver: (fileName, bytes) =>
    Promise.resolve({ status: 'download', fileName, base64: bytes.toString('base64') }),
  openSaved: () => Promise.resolve(false),
  // The page has its own file input in browser mode; main shows no dialog there.
  pickPdf: () =>
    Promise.reject(
      new AppError('invalid-input', 'In the browser, choose the PDF with the file button.'),
    ),
};
