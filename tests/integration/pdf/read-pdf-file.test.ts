import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalIn } from '../../../src/main/messages/refusal';
import { readPdfFile, type PdfFileContents } from '../../../src/main/pdf/read-pdf-file';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { fingerprintLines } from '../../../src/shared/pdf/fingerprint-text';
import { approvedInput, pdfFingerprint } from '../../fixtures/pdf/pdf-inputs';
import {
  attachmentBytes,
  attachmentDescription,
  attachmentName,
  fingerprintDocument,
  sampleFingerprint,
  sha256,
  sourceFile,
} from './attachment-sample';
import { handmadePdf } from './handmade-pdf';
import { pdfText, tool } from './poppler';
import { QpdfDocument } from './qpdf-json';

let folder = '';
const path = (name: string) => join(folder, name);
const [firstLine, secondLine] = fingerprintLines(sampleFingerprint);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-read-pdf-'));
  writeFileSync(path('with-file.pdf'), await renderPdf(fingerprintDocument(true)));
  writeFileSync(path('no-file.pdf'), await renderPdf(fingerprintDocument(false)));
  writeFileSync(path('uncompressed.pdf'), await renderPdf(fingerprintDocument(true, false)));
  tool('qpdf', ['--qdf', '--object-streams=disable', path('with-file.pdf'), path('qdf.pdf')]);
  tool('qpdf', ['--object-streams=generate', path('with-file.pdf'), path('packed.pdf')]);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function read(name: string): PdfFileContents {
  const result = readPdfFile(readFileSync(path(name)));
  if (result.kind !== 'pdf') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result;
}

describe('a PDF/A-3 associated file, embedded by renderPdf', () => {
  it('is in the catalog’s AF array and the EmbeddedFiles tree, as PDF/A-3 asks', () => {
    const { status, output } = tool('qpdf', ['--check', path('with-file.pdf')]);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status).toBe(0);
    const pdf = new QpdfDocument(path('with-file.pdf'));
    const root = pdf.trailer['/Root'];
    const af = pdf.get(root, '/AF');
    const spec = Array.isArray(af) ? af[0] : undefined;
    expect(Array.isArray(af) && af.length).toBe(1);
    expect(pdf.get(spec, '/Type')).toBe('/Filespec');
    expect(pdf.get(spec, '/AFRelationship')).toBe('/Source');
    expect(pdf.get(spec, '/UF')).toBe(`u:${attachmentName}`);
    expect(pdf.get(spec, '/Desc')).toBe(`u:${attachmentDescription}`);
    const tree = pdf.get(pdf.get(root, '/Names'), '/EmbeddedFiles');
    expect(pdf.get(tree, '/Names')).toEqual([`u:${attachmentName}`, spec]);
    const stream = pdf.get(pdf.get(spec, '/EF'), '/F');
    expect(pdf.get(stream, '/Type')).toBe('/EmbeddedFile');
    expect(pdf.get(stream, '/Subtype')).toBe('/application/json');
    // PDF/A-3 wants the file's modification date; pdfkit writes none for in-memory bytes.
    expect(pdf.get(pdf.get(stream, '/Params'), '/ModDate')).toMatch(/^u:D:\d{14}Z$/);
  });

  it('comes out of pdfdetach byte for byte', () => {
    expect(tool('pdfdetach', ['-list', path('with-file.pdf')]).output).toContain(
      `1: ${attachmentName}`,
    );
    const saved = path('saved.json');
    expect(tool('pdfdetach', ['-save', '1', '-o', saved, path('with-file.pdf')]).status).toBe(0);
    expect(sha256(readFileSync(saved))).toBe(sha256(attachmentBytes));
    expect(readFileSync(saved, 'utf8')).toContain('Martínez & Sons <b>x</b>');
  });

  it('cannot come from a file path or a web address, and misspelt options are refused', async () => {
    const withFile = (file: Record<string, string>) =>
      renderPdf({ content: ['x'], files: { 'a.json': { ...sourceFile(), ...file } } });
    await expect(withFile({ src: '/etc/passwd' })).rejects.toThrow(/data:/);
    await expect(withFile({ src: 'https://example.org/a.json' })).rejects.toThrow(/data:/);
    await expect(withFile({ relation: 'Source' })).rejects.toThrow(/unknown option "relation"/);
    await expect(withFile({ relationship: 'Origin' })).rejects.toThrow(/relationship/);
  });
});

describe('readPdfFile on PDFs renderPdf makes', () => {
  it.each(['with-file.pdf', 'uncompressed.pdf', 'qdf.pdf', 'packed.pdf'])(
    'finds the attachment’s exact bytes, name and description in %s',
    (name) => {
      const { attachments } = read(name);
      expect(attachments).toHaveLength(1);
      expect(attachments[0]?.name).toBe(attachmentName);
      expect(attachments[0]?.description).toBe(attachmentDescription);
      expect(sha256(attachments[0]?.bytes ?? new Uint8Array())).toBe(sha256(attachmentBytes));
    },
  );

  it.each(['with-file.pdf', 'uncompressed.pdf', 'qdf.pdf', 'packed.pdf', 'no-file.pdf'])(
    'reads the fingerprint in groups from the page text of %s, as pdftotext does',
    (name) => {
      const { pageText } = read(name);
      expect(pageText).toContain(`${firstLine}\n${secondLine}`);
      expect(pageText).toContain('Short form: 3F2A-91BC-0D4E-7A10 · Peña & Martínez');
      const poppler = pdfText(path(name));
      expect(poppler).toContain(firstLine);
      expect(poppler).toContain(secondLine);
      expect(pageText?.split('\n').filter((line) => poppler.includes(line.trim()))).toHaveLength(
        pageText?.split('\n').length ?? -1,
      );
    },
  );

  it('reads the full fingerprint of the real agreement’s signature page', async () => {
    const result = readPdfFile(await renderPdf(agreementDocument(approvedInput)));
    const pages = result.kind === 'pdf' ? (result.pageText?.split('\f') ?? []) : [];
    const [first, second] = fingerprintLines(pdfFingerprint);
    expect(pages.at(-1)).toContain(`${first}\n${second}`);
    expect(pages.length).toBeGreaterThan(5);
  });

  it('reads a hand-written PDF like other producers write, as poppler does', () => {
    writeFileSync(path('handmade.pdf'), handmadePdf(attachmentBytes));
    expect(tool('pdfdetach', ['-list', path('handmade.pdf')]).output).toContain('1: r(1)\\x.json');
    expect(pdfText(path('handmade.pdf'))).toContain('Hello (World) café');
    const { attachments, pageText } = read('handmade.pdf');
    expect(attachments.map(({ name, description }) => [name, description])).toEqual([
      ['r(1)\\x.json', 'Descripción & <x>'],
    ]);
    expect(sha256(attachments[0]?.bytes ?? new Uint8Array())).toBe(sha256(attachmentBytes));
    expect(pageText).toBe('Hello (World) café\n3F2A 91BC');
  });

  it('finds no attachment in a PDF without one', () => {
    expect(read('no-file.pdf').attachments).toEqual([]);
  });

  it.each(['qdf.pdf', 'uncompressed.pdf'])(
    'returns the changed bytes when the attachment in %s is altered in place',
    (name) => {
      const bytes = readFileSync(path(name));
      const at = bytes.indexOf(Buffer.from(attachmentBytes));
      expect(at).toBeGreaterThan(0);
      const changed = Uint8Array.from(attachmentBytes);
      const digit = changed.indexOf('3'.charCodeAt(0));
      changed[digit] = '4'.charCodeAt(0);
      bytes.set(changed, at);
      const result = readPdfFile(bytes);
      const attachment = result.kind === 'pdf' ? result.attachments[0] : undefined;
      expect(sha256(attachment?.bytes ?? new Uint8Array())).toBe(sha256(changed));
      expect(sha256(changed)).not.toBe(sha256(attachmentBytes));
    },
  );
});

describe('readPdfFile on files that are not whole PDFs', () => {
  it('says the PDF is unreadable when a compressed attachment was altered', () => {
    const bytes = readFileSync(path('with-file.pdf'));
    // pdfkit compresses with zlib's defaults, so the same call finds the stored bytes.
    const stored = deflateSync(attachmentBytes);
    const at = bytes.indexOf(stored);
    expect(at).toBeGreaterThan(0);
    const middle = at + Math.floor(stored.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x5a;
    const result = readPdfFile(bytes);
    expect(result.kind).toBe('unreadable');
    expect(result.kind === 'unreadable' && refusalIn(result.reason, 'en')).toContain(
      attachmentName,
    );
  });

  it('says "not a PDF" for an empty file, text and a PNG', () => {
    expect(readPdfFile(new Uint8Array())).toEqual({ kind: 'not-a-pdf' });
    expect(readPdfFile(new TextEncoder().encode('Level of Service Agreement'))).toEqual({
      kind: 'not-a-pdf',
    });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(readPdfFile(png)).toEqual({ kind: 'not-a-pdf' });
  });

  it.each([0.5, 0.99])('says a PDF cut at %s of its length is unreadable', (share) => {
    const bytes = readFileSync(path('with-file.pdf'));
    const result = readPdfFile(bytes.subarray(0, Math.floor(bytes.length * share)));
    expect(result.kind).toBe('unreadable');
    expect(result.kind === 'unreadable' && refusalIn(result.reason, 'en')).toMatch(/cut short/);
  });

  it('never throws on damaged files', () => {
    // A fixed sequence (mulberry32), so a failure can be repeated.
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const name of ['with-file.pdf', 'qdf.pdf']) {
      const original = readFileSync(path(name));
      for (let round = 0; round < 40; round++) {
        const bytes = Uint8Array.from(original);
        for (let hit = 0; hit < 1 + round; hit++) {
          bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        }
        expect(['pdf', 'unreadable', 'not-a-pdf']).toContain(readPdfFile(bytes).kind);
      }
    }
  });
});
