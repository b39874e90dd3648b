import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../domain/printed-date';
import { palette, pageMargins } from './pdf-styles';

const exampleWords: Record<Language, { banner: string; watermark: string; title: string }> = {
  en: {
    banner: 'EXAMPLE — practice data, not a real board’s record',
    watermark: 'EXAMPLE',
    title: 'Example',
  },
  es: {
    banner: 'EJEMPLO — datos de práctica, no es un documento real de la mesa directiva',
    watermark: 'EJEMPLO',
    title: 'Ejemplo',
  },
};

const [side] = pageMargins;
// Above every document's running head (which starts 28 points down), inside the printable area.
const bannerTop = 12;

/**
 * A paper printed from the example utility, marked on every page so it is never taken for a real
 * board's record: a line across the top of each page, the title, and a watermark where the
 * paper has none of its own (a draft keeps its DRAFT, and the line still says example).
 */
export function exampleMarked(
  definition: TDocumentDefinitions,
  language: Language | 'both',
): TDocumentDefinitions {
  const languages: Language[] = language === 'both' ? ['en', 'es'] : [language];
  const say = (part: 'banner' | 'watermark' | 'title') =>
    languages.map((each) => exampleWords[each][part]).join(' / ');
  const original = definition.header;
  const banner: Content = {
    text: say('banner'),
    absolutePosition: { x: side, y: bannerTop },
    // Two languages side by side still fit one line across the page.
    fontSize: language === 'both' ? 7 : 8,
    bold: true,
    color: palette.draft,
  };
  const header: DynamicContent = (page, pages, size) => {
    const own = typeof original === 'function' ? original(page, pages, size) : original;
    return own === undefined || own === null ? [banner] : [banner, own];
  };
  return {
    ...definition,
    header,
    info: { ...definition.info, title: `${say('title')} — ${definition.info?.title ?? ''}` },
    watermark: definition.watermark ?? {
      text: say('watermark'),
      color: palette.draft,
      opacity: 0.1,
      bold: true,
      fontSize: language === 'both' ? 70 : 110,
    },
  };
}
