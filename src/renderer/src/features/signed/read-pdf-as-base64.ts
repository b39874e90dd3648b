import { maxCheckedPdfBytes } from '@shared/api/approval-contract';
import { bytesToBase64 } from '@shared/base64';
import type { Text } from '../../i18n/use-text';

export type PdfFileRead = { ok: true; base64: string } | { ok: false; message: string };

/** A chosen PDF as base64 for the API; one over the size limit is refused before it is read. */
export async function readPdfAsBase64(text: Text, file: File): Promise<PdfFileRead> {
  if (file.size > maxCheckedPdfBytes)
    return { ok: false, message: text('signed.pdf.tooLarge', { name: file.name }) };
  return { ok: true, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
