import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { draftInput } from '../../fixtures/pdf/pdf-inputs';
import { oneLine, pdfText } from './poppler';

let folder = '';
let text = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-stand-in-'));
  const path = join(folder, 'agreement.pdf');
  writeFileSync(path, await renderPdf(agreementDocument(draftInput)));
  text = oneLine(pdfText(path));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('who stands in, on the printed agreement', () => {
  it('prints the stand-in under the responsible person, in the Responsible column', () => {
    // The water-loss goal's row ends with its responsible operator, then who stands in.
    expect(text).toMatch(
      /Monthly Operator \(M\. Sandoval\) Stands in: Pat Romero, relief operator/,
    );
  });

  it('prints no stand-in line for a goal that names nobody', () => {
    expect(text.match(/Stands in:/g)).toHaveLength(1);
  });
});
