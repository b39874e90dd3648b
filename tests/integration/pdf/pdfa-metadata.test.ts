import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { hostileDocuments, hostileName } from './hostile-documents';
import { tool } from './poppler';
import { metadataFindings, preflightInstalled } from './preflight';
import { isDict, qpdfText, QpdfDocument, type QpdfValue } from './qpdf-json';
import { parseXml, textAt, type XmlElement } from './xml-tree';

const ns = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
} as const;

const documents = hostileDocuments();
const names = documents.map(([name]) => name);
let folder = '';
const paths = new Map<string, string>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-pdfa-'));
  for (const [name, definition] of documents) {
    const path = join(folder, `${name}.pdf`);
    writeFileSync(path, await renderPdf(definition));
    paths.set(name, path);
  }
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function pathOf(name: string): string {
  const path = paths.get(name);
  if (path === undefined) throw new Error(`${name} was not rendered`);
  return path;
}

/** The XMP packet: the exact bytes of the catalog's /Metadata stream, parsed as XML. */
function xmpOf(pdf: QpdfDocument): XmlElement {
  const reference = rootEntry(pdf, '/Metadata');
  expect(pdf.isStream(reference)).toBe(true);
  const metadata = pdf.resolve(reference);
  expect(metadata).toMatchObject({ '/Type': '/Metadata', '/Subtype': '/XML' });
  // PDF/A: the metadata stream is not compressed, so any tool can read it.
  expect(isDict(metadata) && '/Filter' in metadata).toBe(false);
  const bytes = pdf.streamBytes(reference);
  return parseXml(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

function rootEntry(pdf: QpdfDocument, key: string): QpdfValue {
  const root = pdf.resolve(pdf.trailer['/Root']);
  return isDict(root) ? (root[key] ?? null) : null;
}

function infoText(pdf: QpdfDocument, key: string): string | undefined {
  return qpdfText(pdf.get(pdf.trailer['/Info'], key)) ?? undefined;
}

/** Every dictionary key and name anywhere in the file. */
function namesIn(value: QpdfValue, found: Set<string>): Set<string> {
  if (typeof value === 'string' && value.startsWith('/')) found.add(value);
  if (Array.isArray(value)) value.forEach((item) => namesIn(item, found));
  if (isDict(value)) {
    for (const [key, item] of Object.entries(value)) {
      found.add(key);
      namesIn(item, found);
    }
  }
  return found;
}

describe.each(names)('%s.pdf, with XML’s special characters in every name', (name) => {
  it('passes qpdf --check', () => {
    const { status, output } = tool('qpdf', ['--check', pathOf(name)]);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status).toBe(0);
  });

  it('has well-formed XMP that says PDF/A-3b and repeats the Info dictionary exactly', () => {
    const pdf = new QpdfDocument(pathOf(name));
    const xmp = xmpOf(pdf);
    expect(textAt(xmp, [ns.pdfaid, 'part'])).toBe('3');
    expect(textAt(xmp, [ns.pdfaid, 'conformance'])).toBe('B');
    const title = infoText(pdf, '/Title');
    expect(title).toContain(hostileName);
    expect(textAt(xmp, [ns.dc, 'title'], [ns.rdf, 'Alt'], [ns.rdf, 'li'])).toBe(title);
    const author = infoText(pdf, '/Author');
    expect(author).toContain('Smith & Sons <b>Water</b>');
    expect(textAt(xmp, [ns.dc, 'creator'], [ns.rdf, 'Seq'], [ns.rdf, 'li'])).toBe(author);
    const subject = infoText(pdf, '/Subject');
    expect(textAt(xmp, [ns.dc, 'description'], [ns.rdf, 'Alt'], [ns.rdf, 'li'])).toBe(subject);
    expect(textAt(xmp, [ns.pdf, 'Keywords'])).toBe(infoText(pdf, '/Keywords'));
    expect(textAt(xmp, [ns.pdf, 'Producer'])).toBe(infoText(pdf, '/Producer'));
    expect(textAt(xmp, [ns.xmp, 'CreatorTool'])).toBe(infoText(pdf, '/Creator'));
  });

  it('has an output intent with an embedded ICC profile', () => {
    const pdf = new QpdfDocument(pathOf(name));
    const intents = pdf.resolve(rootEntry(pdf, '/OutputIntents'));
    expect(Array.isArray(intents) && intents.length).toBeGreaterThan(0);
    for (const intent of Array.isArray(intents) ? intents : []) {
      expect(pdf.get(intent, '/S')).toBe('/GTS_PDFA1');
      const resolved = pdf.resolve(intent);
      const reference = isDict(resolved) ? resolved['/DestOutputProfile'] : undefined;
      expect(pdf.isStream(reference)).toBe(true);
      // An ICC profile carries the signature "acsp" at byte 36.
      expect(pdf.streamBytes(reference).subarray(36, 40).toString('latin1')).toBe('acsp');
    }
  });

  it('embeds every font it uses', () => {
    const rows = tool('pdffonts', [pathOf(name)])
      .output.split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object, generation.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5)).toBe('yes');
  });

  it('has no JavaScript and no launch action anywhere', () => {
    const pdf = new QpdfDocument(pathOf(name));
    const found = new Set<string>();
    for (const value of pdf.values()) namesIn(value, found);
    expect(found.size).toBeGreaterThan(10);
    for (const forbidden of ['/JavaScript', '/JS', '/Launch']) {
      expect(found.has(forbidden)).toBe(false);
    }
  });

  it.skipIf(!preflightInstalled)(
    'has metadata PDFBox Preflight accepts (skipped where libpdfbox2-java is not installed)',
    () => {
      expect(metadataFindings(pathOf(name))).toEqual([]);
    },
  );
});
