import type { FileDelivery } from '../../../src/main/services/file-delivery';

/** How the export "dialog" answers in a test, and what reached it. */
export interface TestDelivery {
  /** 'download' as browser mode answers; 'saved' or 'cancelled' as the desktop dialog does. */
  answer: 'download' | 'saved' | 'cancelled';
  /** Whether "Open it to print" finds the file saved last. */
  opened: boolean;
  /** The file names main proposed, oldest first (also those the user then cancelled). */
  fileNames: string[];
}

/**
 * A stand-in for main's file delivery: the desktop's save and open dialogs are Electron's, so a
 * test says how they answer. A saved file keeps the name main proposed, as when the user accepts
 * the dialog's suggestion; picking a PDF to check is a cancelled dialog.
 */
export function createTestDelivery(): { port: FileDelivery; settings: TestDelivery } {
  const settings: TestDelivery = { answer: 'download', opened: true, fileNames: [] };
  const port: FileDelivery = {
    deliver: (fileName, bytes) => {
      settings.fileNames.push(fileName);
      if (settings.answer === 'cancelled') return Promise.resolve({ status: 'cancelled' });
      if (settings.answer === 'saved') return Promise.resolve({ status: 'saved', fileName });
      return Promise.resolve({ status: 'download', fileName, base64: bytes.toString('base64') });
    },
    openSaved: () => Promise.resolve(settings.opened),
    pickFile: () => Promise.resolve(null),
  };
  return { port, settings };
}
