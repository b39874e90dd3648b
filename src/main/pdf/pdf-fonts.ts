import { createRequire } from 'node:module';
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
