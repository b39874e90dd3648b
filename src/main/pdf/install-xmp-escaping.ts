import { pdfmakesPdfKit } from './pdfmakes-pdfkit';

/** The Info entries pdfkit 0.19 copies into the XMP packet (MetadataMixin._addInfo). */
const xmpFields = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Characters XML 1.0 forbids even as references: escaping cannot save them, so they are left
// out of the XMP copy (the Info dictionary keeps them).
// eslint-disable-next-line no-control-regex
const notXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** `value` as XML character data or attribute text: well-formed whatever was typed. */
export function xmlEscaped(value: string): string {
  return value.replace(notXmlCharacters, '').replace(/[&<>"']/g, (char) => entities[char] ?? '');
}

interface InfoHolder {
  info: Record<string, unknown>;
}

function escapedInfo(info: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...info };
  for (const field of xmpFields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = xmlEscaped(value);
  }
  return copy;
}

const installed = Symbol.for('los-builder.xmp-escaping');

/**
 * pdfkit 0.19.1 pastes Title, Author, Subject, Keywords, Creator and Producer into the XMP
 * packet without escaping them, so a utility named "Smith & Sons" makes the metadata malformed
 * XML: qpdf and viewers do not mind, but a PDF/A validator rejects the file, and `<b>` in a name
 * would silently become markup. This wraps pdfkit's `_addInfo` so it reads XML-escaped copies
 * of those fields for the length of the call and then gets the real ones back. The Info
 * dictionary is written earlier in `end()` from the untouched values, so it keeps the title as
 * typed. Guarded by tests/integration/pdf/pdfa-metadata.test.ts, which renders every document
 * with such names and parses the XMP with a strict XML parser, so it fails if a pdfkit upgrade
 * writes the XMP some other way; if `_addInfo` disappears this function throws rather than let
 * invalid PDF/A out. Delete it when pdfkit escapes these values itself.
 */
export function installXmpEscaping(): void {
  const { prototype } = pdfmakesPdfKit('make its XMP metadata safe');
  if (Reflect.get(prototype, installed) === true) return;
  const found: unknown = Reflect.get(prototype, '_addInfo');
  if (typeof found !== 'function') {
    throw new Error('pdfkit has no _addInfo any more; check how it writes XMP before upgrading.');
  }
  const original = found;
  function addEscapedInfo(this: InfoHolder, ...args: unknown[]): unknown {
    const info = this.info;
    this.info = escapedInfo(info);
    try {
      return Reflect.apply(original, this, args);
    } finally {
      this.info = info;
    }
  }
  Reflect.set(prototype, '_addInfo', addEscapedInfo);
  Reflect.set(prototype, installed, true);
}
