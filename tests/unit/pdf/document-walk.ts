import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Every string in a document tree, with the key it sits under ("text", "qr", "style" …). */
export function stringsWithKeys(node: unknown, key = ''): { key: string; value: string }[] {
  if (typeof node === 'string') return [{ key, value: node }];
  if (Array.isArray(node)) return node.flatMap((item) => stringsWithKeys(item, key));
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([childKey, child]) => stringsWithKeys(child, childKey));
  }
  return [];
}

/** All printed text of a content tree as one line: pieces joined by single spaces. */
export function textOf(node: unknown): string {
  return stringsWithKeys(node)
    .filter((entry) => entry.key === 'text')
    .map((entry) => entry.value)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.)])/g, '$1')
    .replace(/\( /g, '(');
}

/** What a header or footer function draws on one page of a document with `pageCount` pages. */
export function frameText(
  frame: TDocumentDefinitions['footer'],
  page: number,
  pageCount: number,
): string {
  if (typeof frame !== 'function') return textOf(frame);
  const drawn: Content | null | undefined = frame(page, pageCount, {
    width: 612,
    height: 792,
    orientation: 'portrait',
  });
  return textOf(drawn);
}

/** The numbered section titles in the order they appear: ["1.  Our mission", …]. */
export function sectionTitles(definition: TDocumentDefinitions): string[] {
  const titles: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.style === 'sectionTitle' && typeof record.text === 'string')
      titles.push(record.text);
    Object.values(record).forEach(visit);
  };
  visit(definition.content);
  return titles;
}
