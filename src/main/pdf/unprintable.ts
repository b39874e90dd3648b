import type * as fontkit from 'fontkit';
import type { Unprintable } from '../../shared/api/export-contract';
import type { PrintableField } from '../../shared/pdf/printable-fields';
import { openedFace, pdfFontFiles } from './pdf-fonts';

// pdfmake lays text out left to right only: Hebrew or Arabic would print with its letters in
// reverse order even with a font that has them, so these scripts count as unprintable.
const rightToLeft =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
// Spacing and joining characters draw nothing, so a missing glyph for them loses nothing.
const invisible = /[\s\u200B-\u200D\u2060\uFEFF]|\p{Variation_Selector}/u;

/** The faces the documents embed (regular, and medium for bold). */
function embeddedFonts(): fontkit.Font[] {
  const files = pdfFontFiles();
  return [openedFace(files.normal), openedFace(files.bold)];
}

function printable(character: string, faces: fontkit.Font[]): boolean {
  if (invisible.test(character)) return true;
  if (rightToLeft.test(character)) return false;
  const codePoint = character.codePointAt(0) ?? 0;
  return faces.every((face) => face.hasGlyphForCodePoint(codePoint));
}

/**
 * Each field holding characters the embedded fonts cannot draw (Chinese, emoji …) or that
 * pdfmake cannot lay out (right-to-left scripts), with those characters once each, so the user
 * is warned before exporting instead of finding boxes or gaps on paper.
 */
export function findUnprintable(fields: readonly PrintableField[]): Unprintable[] {
  const faces = embeddedFonts();
  const found: Unprintable[] = [];
  for (const { field, text } of fields) {
    const missing = new Set<string>();
    for (const character of text) {
      if (!printable(character, faces)) missing.add(character);
    }
    if (missing.size > 0) found.push({ field, characters: [...missing].join('') });
  }
  return found;
}
