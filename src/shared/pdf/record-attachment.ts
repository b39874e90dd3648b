import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { bytesToBase64 } from '../base64';

/** The name of the file an approved agreement PDF carries, e.g. "agreement-revision-1.json". */
export function recordFileName(revision: number): string {
  return `agreement-revision-${revision}.json`;
}

/**
 * The approved record as a PDF/A-3 associated file: the exact text whose SHA-256 is the
 * fingerprint printed on the signature page, so anyone can check the PDF with standard tools
 * (docs/fingerprint.md). renderPdf accepts only this data-URL form (decision 19).
 */
export function recordAttachment(
  revision: number,
  fingerprintedText: string,
): NonNullable<TDocumentDefinitions['files']> {
  const name = recordFileName(revision);
  const file = {
    src: `data:application/json;base64,${bytesToBase64(new TextEncoder().encode(fingerprintedText))}`,
    name,
    description: `The approved agreement and the record of the vote for revision ${revision}, as fingerprinted: its SHA-256 is the fingerprint printed on the signature page.`,
    relationship: 'Source',
    type: 'application/json',
  };
  return { [name]: file };
}
