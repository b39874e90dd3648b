import { refusal, type Refusal } from '../messages/refusal';
import { ContentText } from './content-text';
import { PdfObjects, type PdfObject } from './pdf-objects';
import { pdfPages, type PdfPage } from './pdf-pages';
import { latin1, type PdfValue } from './pdf-syntax';
import { pdfTextString } from './pdf-text-string';

/** A file embedded in the PDF, with the name and description its file specification gives. */
export interface PdfAttachment {
  readonly name: string;
  readonly description: string;
  /** Exactly the embedded bytes, filters undone (a copy, not a view of the PDF's bytes). */
  readonly bytes: Uint8Array;
}

export interface PdfFileContents {
  readonly kind: 'pdf';
  /** In the order they are stored in the file. */
  readonly attachments: readonly PdfAttachment[];
  /**
   * The text of every page in order, pages separated by a form feed ("\f"), lines by "\n";
   * null when the pages cannot be read (an unknown compression, no page tree).
   */
  readonly pageText: string | null;
}

/** No "%PDF-" header: some other kind of file. */
export interface NotAPdf {
  readonly kind: 'not-a-pdf';
}

/**
 * A PDF that cannot be read as a whole. `reason` says why in plain words, as a clause to follow
 * "This PDF could not be read: " (lower case, no full stop), in the reader's language.
 */
export interface UnreadablePdf {
  readonly kind: 'unreadable';
  readonly reason: Refusal;
}

export type PdfFileReading = PdfFileContents | NotAPdf | UnreadablePdf;

const window = 1024;

function textOf(objects: PdfObjects, value: PdfValue): string | null {
  const resolved = objects.resolve(value);
  return typeof resolved === 'object' && resolved !== null && resolved.kind === 'string'
    ? pdfTextString(resolved.bytes)
    : null;
}

/** Every file specification (a dictionary with /EF), by the stream it points at (§7.11.3). */
function fileSpecs(objects: PdfObjects): Map<number, { name: string; description: string }> {
  const specs = new Map<number, { name: string; description: string }>();
  const visit = (value: PdfValue, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 32) return;
    if (value.kind === 'array') value.items.forEach((item) => visit(item, depth + 1));
    if (value.kind !== 'dict') return;
    value.entries.forEach((item) => visit(item, depth + 1));
    const files = objects.resolve(value.entries.get('EF'));
    if (typeof files !== 'object' || files === null || files.kind !== 'dict') return;
    const stream = files.entries.get('UF') ?? files.entries.get('F');
    if (typeof stream !== 'object' || stream === null || stream.kind !== 'ref') return;
    if (specs.has(stream.num)) return;
    const name =
      textOf(objects, value.entries.get('UF') ?? null) ??
      textOf(objects, value.entries.get('F') ?? null) ??
      '';
    const description = textOf(objects, value.entries.get('Desc') ?? null) ?? '';
    specs.set(stream.num, { name, description });
  };
  for (const object of objects.all()) visit(object.value, 0);
  return specs;
}

function isEmbeddedFile(objects: PdfObjects, object: PdfObject): boolean {
  const type = objects.entry(object.value, 'Type');
  return typeof type === 'object' && type?.kind === 'name' && type.name === 'EmbeddedFile';
}

function attachmentsOf(objects: PdfObjects): PdfAttachment[] | UnreadablePdf {
  const specs = fileSpecs(objects);
  const attachments: PdfAttachment[] = [];
  for (const object of objects.all()) {
    if (object.data === null) continue;
    const spec = specs.get(object.num);
    if (spec === undefined && !isEmbeddedFile(objects, object)) continue;
    const { name, description } = spec ?? { name: '', description: '' };
    const bytes = objects.decoded(object, false);
    if (bytes === null) {
      return { kind: 'unreadable', reason: refusal('refusals.pdfAttachmentDamaged', { name }) };
    }
    // A copy: the caller's buffer may be reused, and a Buffer would compare unlike a Uint8Array.
    attachments.push({ name, description, bytes: new Uint8Array(bytes) });
  }
  return attachments;
}

function catalogOf(objects: PdfObjects): PdfValue {
  const root = objects.resolve(objects.trailer?.entries.get('Root'));
  if (root !== null) return root;
  const catalogs = objects.all().filter((object) => {
    const type = objects.entry(object.value, 'Type');
    return typeof type === 'object' && type?.kind === 'name' && type.name === 'Catalog';
  });
  return catalogs.at(-1)?.value ?? null;
}

/**
 * Every page's content streams followed, or null when the pages cannot be read. Best effort:
 * a page that defeats the reader must not hide the attachments.
 */
export function readPages(objects: PdfObjects): { pages: PdfPage[]; text: ContentText } | null {
  try {
    const pages = pdfPages(objects, catalogOf(objects));
    if (pages.length === 0) return null;
    const text = new ContentText(objects);
    for (const page of pages) {
      text.newPage();
      for (const content of page.contents) {
        const data = objects.decoded(content, true);
        if (data === null) return null;
        text.run(data, page.resources);
      }
    }
    return { pages, text };
  } catch {
    return null;
  }
}

/**
 * Reads a PDF LOS Builder made (or, as well as it can, any other): the files embedded in it
 * and the text of its pages. Plain Node.js (node:zlib only, no Electron), and it never throws:
 * a file that is not a PDF, or is cut short or damaged, gets a plain answer.
 */
export function readPdfFile(bytes: Uint8Array): PdfFileReading {
  if (!latin1(bytes.subarray(0, window)).includes('%PDF-')) return { kind: 'not-a-pdf' };
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - window))).includes('%%EOF')) {
    return { kind: 'unreadable', reason: refusal('refusals.pdfCutShort') };
  }
  try {
    const objects = new PdfObjects(bytes);
    if (objects.all().length === 0) {
      return { kind: 'unreadable', reason: refusal('refusals.pdfNothingReadable') };
    }
    if (objects.trailer?.entries.has('Encrypt') === true) {
      return { kind: 'unreadable', reason: refusal('refusals.pdfEncrypted') };
    }
    const attachments = attachmentsOf(objects);
    if (!Array.isArray(attachments)) return attachments;
    return { kind: 'pdf', attachments, pageText: readPages(objects)?.text.text ?? null };
  } catch {
    return { kind: 'unreadable', reason: refusal('refusals.pdfDamaged') };
  }
}
