import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { mixedFeedbackInput } from '../../fixtures/pdf/pdf-water-only-feedback';
import { oneLine, pdfText } from './poppler';

let folder = '';
let text = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-feedback-pdf-'));
  const file = join(folder, 'water-only.pdf');
  writeFileSync(file, await renderPdf(agreementDocument(mixedFeedbackInput('water'))));
  text = oneLine(pdfText(file));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the agreement PDF of a water-only utility with a mixed complaint log', () => {
  it('prints the sewer complaints as a note, not as complaints the agreement answers', () => {
    const log = text.slice(text.indexOf('The call and complaint log'));
    expect(log).toContain(
      '2 complaints about sewer service were left out: this agreement covers drinking water only.',
    );
    expect(log).toMatch(/Water quality 3 /);
    expect(log.slice(0, log.indexOf('Our goals'))).not.toContain('Sewer');
  });

  it('counts the annual meeting by attendance and the survey by sent and returned', () => {
    expect(text).toContain('23 attended');
    expect(text).toContain('300 sent, 84 returned');
    expect(text).not.toMatch(/\? of 23|0 answered/);
  });

  it('prints the whole complaint log as a goal’s evidence', () => {
    expect(text).toContain(
      'The complaint log: 5 complaints from January 3, 2026 to December 18, 2026; median response 3 h, 90% within 4.6 h',
    );
  });
});
