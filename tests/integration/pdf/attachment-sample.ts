import { createHash } from 'node:crypto';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fingerprintLines } from '../../../src/shared/pdf/fingerprint-text';

export const sampleFingerprint = '3f2a91bc0d4e7a10c5d8e2f4a6b19037e4c2d1f0a9b8c7d6e5f4a3b2c1d0e9f8';
export const attachmentName = 'agreement-revision-1.json';
export const attachmentDescription =
  'The approved agreement and vote as fingerprinted (canonical JSON) — Martínez & Sons <b>';

/**
 * Canonical-JSON-like bytes with what could trip a reader: non-ASCII UTF-8, XML's special
 * characters, and words that look like PDF syntax ("1 0 obj", "endstream", "%%EOF").
 */
export const attachmentBytes = new TextEncoder().encode(
  JSON.stringify({
    content: { utility: { name: 'Agua de Martínez & Sons <b>x</b> ]]>' } },
    meeting: { minutesExcerpt: 'Moved: Peña. 1 0 obj << /Type /Page >> endstream endobj %%EOF' },
    outcome: { summary: 'Carried 3–1' },
  }),
);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The `files` entry a shared builder emits for an approved agreement: the bytes as a base64
 * data URL, the name, a description, the PDF/A-3 relationship and the MIME type. Built as a
 * value, not inline: pdfmake's types know only src, name and description.
 */
export function sourceFile(bytes: Uint8Array = attachmentBytes) {
  return {
    src: `data:application/json;base64,${Buffer.from(bytes).toString('base64')}`,
    name: attachmentName,
    description: attachmentDescription,
    relationship: 'Source',
    type: 'application/json',
  };
}

/** A small PDF/A-3b page that prints the fingerprint as the signature page does. */
export function fingerprintDocument(withFile: boolean, compress = true): TDocumentDefinitions {
  const [first, second] = fingerprintLines(sampleFingerprint);
  const file = sourceFile();
  return {
    subset: 'PDF/A-3b',
    version: '1.7',
    compress,
    info: { title: 'Level of Service Agreement — Agua de Martínez & Sons' },
    content: [
      { text: 'FINGERPRINT OF THIS APPROVED VERSION (SHA-256)', bold: true },
      { text: first, fontSize: 12 },
      { text: second, fontSize: 12 },
      { text: 'Short form: 3F2A-91BC-0D4E-7A10 · Peña & Martínez' },
    ],
    ...(withFile ? { files: { [attachmentName]: file } } : {}),
  };
}
