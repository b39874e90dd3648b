import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { numberedGoals } from '../../../src/shared/pdf/numbered-goals';
import {
  approvedInput,
  draftInput,
  pdfContent,
  pdfFingerprint,
} from '../../fixtures/pdf/pdf-inputs';
import { oneLine, pageCount, pdfText, tool } from './poppler';

let folder = '';
const files = { approved: '', draft: '' };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-pdf-'));
  files.approved = join(folder, 'approved.pdf');
  files.draft = join(folder, 'draft.pdf');
  writeFileSync(files.approved, await renderPdf(agreementDocument(approvedInput)));
  writeFileSync(files.draft, await renderPdf(agreementDocument(draftInput)));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(['approved', 'draft'] as const)('the %s agreement PDF', (which) => {
  it('passes qpdf --check', () => {
    const { status, output } = tool('qpdf', ['--check', files[which]]);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status).toBe(0);
  });

  it('embeds every font it uses', () => {
    const rows = tool('pdffonts', [files[which]])
      .output.split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object, generation.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5)).toBe('yes');
  });

  it('carries title, author and subject, on US Letter, as PDF 1.7', () => {
    const info = tool('pdfinfo', [files[which]]).output;
    expect(info).toMatch(/Title:\s+Level of Service Agreement — La Cañada del Río/);
    expect(info).toMatch(/Author:\s+Board of Directors, La Cañada del Río/);
    expect(info).toMatch(/Subject:\s+\S/);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
  });

  it('prints every goal statement, the accents and "Page 1 of"', () => {
    const text = oneLine(pdfText(files[which]));
    for (const goal of pdfContent.goals) expect(text).toContain(goal.statement);
    expect(text).toContain('Ana María Peña');
    expect(text).toContain('each Año');
    expect(text).toContain(`Page 1 of ${pageCount(files[which])}`);
  });
});

describe('the approved agreement PDF', () => {
  it('prints every member’s name, office and vote', () => {
    const text = oneLine(pdfText(files.approved));
    expect(text).toContain('Ana María Peña President Aye');
    expect(text).toContain('Rubén Gallegos Vice-President Aye');
    expect(text).toContain('Dolores Chávez Secretary Aye');
    expect(text).toContain('Tomás Ortiz Treasurer Nay');
    expect(text).toContain('Eileen O’Brien Member Absent');
    expect(text).toContain('Carried 3–1, with 1 member absent.');
    expect(text).toContain('Resolution 2026-04');
  });

  it('prints the short fingerprint on every page and the full one on the signature page', () => {
    const pages = pageCount(files.approved);
    for (let page = 1; page <= pages; page++) {
      expect(pdfText(files.approved, page)).toContain('Fingerprint 3F2A-91BC-0D4E-7A10');
    }
    const signaturePage = pdfText(files.approved, pages);
    expect(signaturePage).toContain('Signatures');
    expect(signaturePage.replace(/\s/g, '')).toContain(pdfFingerprint.toUpperCase());
  });

  it('has no DRAFT mark anywhere', () => {
    expect(pdfText(files.approved)).not.toMatch(/D\s*R\s*A\s*F\s*T/);
  });
});

describe('the draft agreement PDF', () => {
  it('carries the DRAFT watermark and "not approved" on every page', () => {
    const pages = pageCount(files.draft);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(files.draft, page);
      expect(text).toContain('DRAFT — not approved');
      // The watermark comes after the page's text (one letter a line on portrait pages).
      expect(text).toMatch(/D\s*R\s*A\s*F\s*T\s*$/);
    }
    expect(pdfText(files.draft)).not.toContain('3F2A');
  });
});

describe('rendering safety', () => {
  it('renders a 20,000-character unbroken word in well under 5 seconds', async () => {
    const word = 'Z'.repeat(20_000);
    const [first, ...rest] = pdfContent.goals;
    if (first === undefined) throw new Error('fixture has goals');
    // The longest fields the forms allow are far shorter; this is the worst case for layout:
    // a paragraph, a table cell that may break across pages, and a goal at its 300-character limit.
    const goal = { ...first, statement: 'Y'.repeat(300), rationale: word };
    const started = performance.now();
    const bytes = await renderPdf(
      agreementDocument({
        ...draftInput,
        content: {
          ...pdfContent,
          scope: { ...pdfContent.scope, mission: word },
          goals: [goal, ...rest],
        },
      }),
    );
    const elapsed = performance.now() - started;
    const path = join(folder, 'long-word.pdf');
    writeFileSync(path, bytes);
    expect(elapsed).toBeLessThan(2_500);
    // Long runs flow over several pages, between running heads and footers: count the letters.
    const text = pdfText(path);
    expect(text.match(/Z/g)?.length).toBe(2 * word.length);
    expect(text.replace(/\s/g, '')).toContain('Y'.repeat(300));
  });

  it('prints every word of notes longer than a page, even on the first goal', async () => {
    // pdfmake drops what does not fit on one page of an unbreakable block; the first row of a
    // table kept with its header rows is one.
    const first = numberedGoals(pdfContent.goals)[0]?.goal;
    if (first === undefined) throw new Error('fixture has goals');
    const words = (letter: string, length: number) =>
      Array.from({ length: length / 10 }, () => letter.repeat(9)).join(' ');
    const goal = {
      ...first,
      rationale: words('q', 2000),
      customerBasis: words('j', 2000),
      costNote: words('k', 1000),
      baseline: { value: null, asOf: '', source: '', missingReason: words('v', 1000) },
    };
    const path = join(folder, 'long-notes.pdf');
    const goals = pdfContent.goals.map((each) => (each.id === goal.id ? goal : each));
    writeFileSync(
      path,
      await renderPdf(agreementDocument({ ...draftInput, content: { ...pdfContent, goals } })),
    );
    // Every nine-letter word of each note, counted: 200, 200, 100 and 100 of them.
    const text = pdfText(path);
    const count = (letter: string) => text.match(new RegExp(`${letter}{9}`, 'g'))?.length;
    expect(['q', 'j', 'k', 'v'].map(count)).toEqual([200, 200, 100, 100]);
  });

  it('refuses to fetch a URL or read a file outside the font folder', async () => {
    await expect(
      renderPdf({ content: [{ image: 'https://example.org/logo.png' }] }),
    ).rejects.toThrow();
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow();
  });
});
