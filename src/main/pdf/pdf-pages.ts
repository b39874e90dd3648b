import type { PdfObject, PdfObjects } from './pdf-objects';
import type { PdfValue } from './pdf-syntax';

/** A page as text extraction needs it: its content streams and resources (inherited or not). */
export interface PdfPage {
  readonly contents: readonly PdfObject[];
  readonly resources: PdfValue;
  /** [x1 y1 x2 y2] in points (inherited like the resources), or null when it is missing. */
  readonly mediaBox: readonly number[] | null;
}

const maxPages = 10_000;

function typeName(objects: PdfObjects, node: PdfValue): string {
  const type = objects.entry(node, 'Type');
  return typeof type === 'object' && type !== null && type.kind === 'name' ? type.name : '';
}

/** The stream objects of /Contents: one reference or an array of them. */
function contentStreams(objects: PdfObjects, page: PdfValue): PdfObject[] {
  const resolved = objects.resolve(page);
  if (typeof resolved !== 'object' || resolved === null || resolved.kind !== 'dict') return [];
  let contents = resolved.entries.get('Contents') ?? null;
  if (typeof contents === 'object' && contents !== null && contents.kind === 'ref') {
    const target = objects.get(contents.num);
    if (target?.data !== null && target !== undefined) return [target];
    contents = target?.value ?? null;
  }
  if (typeof contents !== 'object' || contents === null || contents.kind !== 'array') return [];
  return contents.items.flatMap((item) => {
    const target = typeof item === 'object' && item?.kind === 'ref' ? objects.get(item.num) : null;
    return target?.data ? [target] : [];
  });
}

function boxOf(objects: PdfObjects, value: PdfValue): number[] | null {
  const box = objects.resolve(value);
  if (typeof box !== 'object' || box === null || box.kind !== 'array') return null;
  const numbers = box.items
    .map((item) => objects.resolve(item))
    .filter((item): item is number => typeof item === 'number');
  return numbers.length === 4 ? numbers : null;
}

/**
 * The pages in reading order, from the catalog's page tree (§7.7.3). Without a usable tree
 * (a damaged file), the objects whose /Type is /Page, in the order they are stored.
 */
export function pdfPages(objects: PdfObjects, catalog: PdfValue): PdfPage[] {
  const pages: PdfPage[] = [];
  const seen = new Set<number>();
  const walk = (
    node: PdfValue,
    inherited: { resources: PdfValue; mediaBox: number[] | null },
    depth: number,
  ): void => {
    if (typeof node === 'object' && node !== null && node.kind === 'ref') {
      if (seen.has(node.num)) return;
      seen.add(node.num);
    }
    if (depth > 64 || pages.length >= maxPages) return;
    const own = objects.entry(node, 'Resources');
    const here = {
      resources: own ?? inherited.resources,
      mediaBox: boxOf(objects, objects.entry(node, 'MediaBox')) ?? inherited.mediaBox,
    };
    const kids = objects.entry(node, 'Kids');
    if (
      typeName(objects, node) === 'Pages' ||
      (typeof kids === 'object' && kids?.kind === 'array')
    ) {
      const list = typeof kids === 'object' && kids?.kind === 'array' ? kids.items : [];
      for (const kid of list) walk(kid, here, depth + 1);
      return;
    }
    pages.push({ contents: contentStreams(objects, node), ...here });
  };
  walk(objects.entry(catalog, 'Pages'), { resources: null, mediaBox: null }, 0);
  if (pages.length > 0) return pages;
  return objects
    .all()
    .filter((object) => typeName(objects, object.value) === 'Page')
    .slice(0, maxPages)
    .map((object) => ({
      contents: contentStreams(objects, object.value),
      resources: objects.entry(object.value, 'Resources'),
      mediaBox: boxOf(objects, objects.entry(object.value, 'MediaBox')),
    }));
}
