import { createRequire } from 'node:module';

// Named nodeRequire: electron-vite's ESM shim declares its own `require` in the main bundle.
const nodeRequire = createRequire(import.meta.url);

/** The little of a pdfkit document the patches need to make one. */
export type PdfKitClass = new (options: object) => { font(src: string): { _font: object } };

/**
 * The pdfkit class pdfmake extends, loaded the way pdfmake's own `require('pdfkit')` loads it
 * (from pdfmake's folder, through Node's CommonJS cache), so a prototype patched through it is
 * the one pdfmake's documents inherit. Importing 'pdfkit' from our code instead could give
 * another copy: bundlers and vitest may pick pdfkit's ES build through its "module" field.
 * `purpose` completes "pdfkit did not load as a class; cannot …".
 */
export function pdfmakesPdfKit(purpose: string): PdfKitClass & { prototype: object } {
  const fromPdfmake = createRequire(nodeRequire.resolve('pdfmake/package.json'));
  const pdfkit: unknown = fromPdfmake('pdfkit');
  const prototype: unknown = typeof pdfkit === 'function' ? pdfkit.prototype : undefined;
  if (typeof prototype !== 'object' || prototype === null) {
    throw new Error(`pdfkit did not load as a class; cannot ${purpose}.`);
  }
  return pdfkit as PdfKitClass & { prototype: object };
}
