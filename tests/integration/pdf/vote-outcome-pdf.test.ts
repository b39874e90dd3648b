import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { approvedInput } from '../../fixtures/pdf/pdf-inputs';
import { spanishApprovedInput } from '../../fixtures/pdf/pdf-spanish';
import { oneLine, pageCount, pdfText } from './poppler';

// The vote's outcome on the page the officers sign: the English agreement prints the summary
// stored with the approval ("Carried 3–1, with 1 member absent."), word for word; the Spanish
// one works the outcome out again from the same stored counts (3 ayes, 1 nay, 1 absent), never
// the English text.

let folder = '';
const paths = { en: '', es: '' };

/** The signature page: the last page of an approved agreement, on one line. */
const signaturePage = (path: string) => oneLine(pdfText(path, pageCount(path)));

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-outcome-pdf-'));
  paths.en = join(folder, 'agreement-en.pdf');
  paths.es = join(folder, 'agreement-es.pdf');
  writeFileSync(paths.en, await renderPdf(agreementDocument(approvedInput)));
  writeFileSync(paths.es, await renderPdf(agreementDocument(spanishApprovedInput)));
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the vote’s outcome on the signature page', () => {
  it('prints the stored English summary on the English agreement', () => {
    const page = signaturePage(paths.en);
    expect(page).toContain('Signatures');
    expect(page).toContain(
      'at its meeting of March 12, 2026 by Resolution No. 2026-04. Carried 3–1, with 1 member absent.',
    );
  });

  it('prints the outcome in Spanish from the stored counts on the Spanish agreement', () => {
    const page = signaturePage(paths.es);
    expect(page).toContain('Firmas');
    expect(page).toContain(
      'en su reunión del 12 de marzo de 2026 mediante la Resolución Núm. 2026-04. Aprobada 3–1, 1 ausente.',
    );
    expect(page).not.toMatch(/Carried|member absent/);
  });
});
