import { relative, isAbsolute, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFontFiles, pdfFontFolder } from './pdf-fonts';

let configured = false;

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, resolve(path));
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

/**
 * pdfmake 0.3 can fetch URLs and read any file a document names (an image, a font). Our
 * documents need neither, so no URL is allowed and only the font folder can be read.
 */
function configure(): void {
  if (configured) return;
  const fontFolder = pdfFontFolder();
  pdfmake.setFonts({ Roboto: pdfFontFiles() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInside(fontFolder, path));
  configured = true;
}

/** The only place pdfmake runs: a document definition from src/shared/pdf in, PDF bytes out. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(definition).getBuffer();
}
