import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import type { PromisedHandlers } from '../../support/promised-handlers';
import { handlerFolder } from '../services/handler-folder';
import { pageCount, pdfText, tool } from './poppler';

const example = join(import.meta.dirname, '../../../resources/example');

/** A data folder holding a copy of the shipped example, as "Open the example" makes one. */
function exampleFolder(label: string) {
  return handlerFolder(
    label,
    async (dir) => {
      await copyFile(join(example, 'complaint-log.json'), join(dir, 'complaint-log.json'));
      await copyFile(join(example, 'los-builder.json'), join(dir, 'los-builder.json'));
    },
    () => new Date('2027-02-15T12:00:00'),
  );
}

let printed = 0;
/** Each page's text of a paper as the user downloads it. */
async function pagesOf(dir: string, result: ExportResult): Promise<string[]> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  printed += 1;
  const path = join(dir, `paper-${printed}.pdf`);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  expect(tool('qpdf', ['--check', path]).status).toBe(0);
  return Array.from({ length: pageCount(path) }, (_, index) => pdfText(path, index + 1));
}

/** Every paper the app prints, as each of its buttons asks for it. */
const papers: [string, (handlers: PromisedHandlers) => Promise<ExportResult>][] = [
  ['the draft agreement', (h) => h['export:agreementPdf']({ revision: null, language: 'en' })],
  ['the approved agreement', (h) => h['export:agreementPdf']({ revision: 1, language: 'es' })],
  ['the customer summary', (h) => h['export:customerSummaryPdf']({ revision: 1, language: 'en' })],
  [
    'the summary side by side',
    (h) => h['export:customerSummaryPdf']({ revision: 1, language: 'both' }),
  ],
  ['the survey card', (h) => h['export:surveyPdf']({ form: 'survey', language: 'en' })],
  ['the tally sheet', (h) => h['export:surveyPdf']({ form: 'tally-sheet', language: 'es' })],
  ['the board packet', (h) => h['export:boardPacketPdf']({ language: 'en' })],
  ['the minutes', (h) => h['export:minutesPdf']({ revision: 1, language: 'en' })],
  ['the board report', (h) => h['export:boardReportPdf']({ period: '2026', language: 'en' })],
  ['the report card', (h) => h['export:reportCardPdf']({ year: 2026, language: 'es' })],
];

describe('papers printed from the example utility', () => {
  it.each(papers)('mark every page of %s as an example', async (_name, print) => {
    const { dir, handlers } = await exampleFolder('example-papers');
    const pages = await pagesOf(dir, await print(handlers));
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toMatch(
        /EXAMPLE — practice data|EJEMPLO — datos de práctica/,
      );
    });
  });

  it('leave a real utility’s papers unmarked', async () => {
    const { dir, handlers } = await handlerFolder('real-papers');
    const pages = await pagesOf(
      dir,
      await handlers['export:surveyPdf']({ form: 'survey', language: 'en' }),
    );
    expect(pages.join('\n')).not.toContain('EXAMPLE');
  });
});
