import { maxComplaintFileBytes } from '@shared/domain/customers/complaint-log';
import type { Text } from '../i18n/use-text';

export type CsvTextRead =
  { ok: true; fileName: string; text: string } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Reads a chosen CSV file (a complaint log, results) as text. A file over the limit is refused
 * from its size alone, before a byte is read, so a huge export cannot stall the window.
 */
export async function readCsvText(text: Text, file: File): Promise<CsvTextRead> {
  if (file.size > maxComplaintFileBytes) {
    return {
      ok: false,
      message: text('form.csv.tooBig', {
        name: file.name,
        size: megabytes(file.size),
        limit: megabytes(maxComplaintFileBytes),
      }),
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return {
      ok: true,
      fileName: file.name,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    };
  } catch {
    // Excel on Windows saves "CSV" in the Windows Latin code page, not UTF-8: without this a
    // Spanish log's "Dirección" or "Presión" would arrive garbled.
    return { ok: true, fileName: file.name, text: new TextDecoder('windows-1252').decode(bytes) };
  }
}
