import type * as fontkit from 'fontkit';
import { openedFace } from './pdf-fonts';
import { pdfmakesPdfKit } from './pdfmakes-pdfkit';

/** What the wrapper touches on a pdfkit document. */
interface FontHolder {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
}

type EmbeddedFontClass = new (document: FontHolder, font: fontkit.Font, id: string) => object;

const installed = Symbol.for('los-builder.shared-fonts');

/**
 * pdfkit opens a new fontkit font for every document, and fontkit then decodes the face's
 * tables again (the OpenType layout tables are large) and shapes every word from scratch: a
 * third of an agreement's render time (decision 41). This uses each face in `paths` as opened once per
 * run (pdf-fonts.ts); every document still gets its own embedded font (its own subset of glyphs, its own
 * layout cache) over that one face. Other fonts load as pdfkit loads them. Guarded by the PDF
 * tests, which read every document's text back; if pdfkit's `font` or its embedded-font class
 * changes shape, this throws rather than draw with a font it does not understand.
 */
export function installSharedFonts(paths: readonly string[]): void {
  const PdfKit = pdfmakesPdfKit('share its fonts between documents');
  const { prototype } = PdfKit;
  if (Reflect.get(prototype, installed) === true) return;
  const original: unknown = Reflect.get(prototype, 'font');
  if (typeof original !== 'function') throw new Error('pdfkit has no font method any more.');
  const faces = new Map(paths.map((path) => [path, openedFace(path)]));
  const first = paths[0];
  if (first === undefined) return;
  const EmbeddedFont = new PdfKit({ autoFirstPage: false }).font(first)._font
    .constructor as EmbeddedFontClass;
  const openFont = original as (this: FontHolder, ...args: unknown[]) => unknown;
  function fontOverSharedFace(this: FontHolder, src: unknown, ...rest: unknown[]): unknown {
    const face = typeof src === 'string' ? faces.get(src) : undefined;
    if (face && typeof src === 'string' && this._fontFamilies[src] === undefined) {
      this._fontCount += 1;
      this._fontFamilies[src] = new EmbeddedFont(this, face, `F${this._fontCount}`);
    }
    return openFont.call(this, src, ...rest);
  }
  Reflect.set(prototype, 'font', fontOverSharedFace);
  Reflect.set(prototype, installed, true);
}
