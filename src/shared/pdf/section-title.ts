import type { Content } from 'pdfmake/interfaces';

export function sectionTitle(number: number, title: string): Content {
  return { text: `${number}.  ${title}`, style: 'sectionTitle' };
}

export function subheading(title: string): Content {
  return { text: title, style: 'subheading' };
}

/**
 * A heading with what follows it, kept on one page so a heading never sits alone at the foot
 * of a page. (pdfmake's pageBreakBefore would do it too, but it lays the whole document out
 * again for every break it adds, which doubled the rendering time.)
 *
 * pdfmake keeps only the first page of an unbreakable block that outgrows a page, silently
 * dropping the rest, so only content known to be short may be kept together: pass `short`
 * false when what follows could run long (a user's paragraph, a long list).
 */
export function withHeading(heading: Content, first: Content, short = true): Content {
  return short ? { stack: [heading, first], unbreakable: true } : { stack: [heading, first] };
}

// About ten lines of body text: well under a page, so safe to keep with its heading.
const shortTextLength = 800;

/** Whether a user's text is short enough to be kept on one page with its heading. */
export function isShortText(text: string): boolean {
  return text.length <= shortTextLength;
}

/** A paragraph of fixed text in the document's own words. */
export function paragraph(text: string): Content {
  return { text, style: 'body' };
}
