import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { dirname, join } from 'node:path';

// Named nodeRequire: electron-vite's ESM shim declares its own `require` in the main bundle.
const nodeRequire = createRequire(import.meta.url);

/**
 * The folder of pdfmake's bundled Roboto, found from the installed package at run time, so it
 * is the same folder under tsx, in out/main, and inside the packaged app's archive (pdfmake is a
 * runtime dependency, which electron-builder packs with its files).
 */
export function pdfFontFolder(): string {
  return join(dirname(nodeRequire.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
}

/** The four faces pdfmake embeds; the agreement uses regular and medium (its bold). */
export function pdfFontFiles(): {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
} {
  const folder = pdfFontFolder();
  return {
    normal: join(folder, 'Roboto-Regular.ttf'),
    bold: join(folder, 'Roboto-Medium.ttf'),
    italics: join(folder, 'Roboto-Italic.ttf'),
    bolditalics: join(folder, 'Roboto-MediumItalic.ttf'),
  };
}

const faces = new Map<string, fontkit.Font>();

/**
 * One of those faces, opened once per run and shared: by the check for characters the fonts
 * cannot draw, and by every document's embedded font (install-shared-fonts.ts).
 */
export function openedFace(path: string): fontkit.Font {
  let face = faces.get(path);
  if (face === undefined) {
    const opened = fontkit.openSync(path);
    // A .ttf is one font; a collection (.ttc) would need a face picked by name.
    if (!('hasGlyphForCodePoint' in opened)) throw new Error(`Not a single font: ${path}`);
    face = opened;
    faces.set(path, face);
  }
  return face;
}
