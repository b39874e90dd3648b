import { relative, isAbsolute, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { checkedFiles } from './checked-files';
import { installSharedFonts } from './install-shared-fonts';
import { installXmpEscaping } from './install-xmp-escaping';
import { pdfFontFiles, pdfFontFolder } from './pdf-fonts';

let configured = false;

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, resolve(path));
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

/**
 * pdfmake 0.3 can fetch URLs and read any file a document names (an image, a font). Our
 * documents need neither, so no URL is allowed and only the font folder can be read. pdfkit's
 * XMP metadata is made safe for any name once, here (see installXmpEscaping).
 */
function configure(): void {
  if (configured) return;
  const fontFolder = pdfFontFolder();
  pdfmake.setFonts({ Roboto: pdfFontFiles() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInside(fontFolder, path));
  installXmpEscaping();
  installSharedFonts(Object.values(pdfFontFiles()));
  configured = true;
}

/**
 * The only place pdfmake runs: a document definition from src/shared/pdf in, PDF bytes out.
 * A definition may carry `files` to embed (PDF/A-3 associated files), given as data URLs; see
 * checkedFiles. pdfmake writes into the definition's top level and into each file entry, so it
 * gets a copy of the top level and fresh entries.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const files = checkedFiles(definition.files, new Date());
  return pdfmake.createPdf({ ...definition, files }).getBuffer();
}
