// Row 8 of the budgets: the agreement PDF of a typical 12-goal book, built and rendered as the
// export does it (agreementDocument, then renderPdf with pdfmake), against Chromium's
// page.pdf() of the same content as one HTML page (see pdf-html.ts), the two alternating.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { renderPdf } from '../../src/main/pdf/render-pdf';
import { pdfFontFiles } from '../../src/main/pdf/pdf-fonts';
import { agreementDocument } from '../../src/shared/pdf/agreement-document';
import { pageMargins } from '../../src/shared/pdf/pdf-styles';
import { typicalInput } from '../../tests/fixtures/pdf/pdf-inputs';
import { alternate, describe, report, withinBudget, type BenchModule } from './measure';
import { agreementHtml } from './pdf-html';

// pdfmake runs its layout code cold at first: V8 needs some renders to compile it (see warmUps).
const maxTime = 200;
const maxRatio = 0.6;
// The fonts are served to the page from memory under this origin, as pdfmake has them on disk:
// no network, and after the first load both renderers find them cached.
const origin = 'https://fonts.bench';

/** Points, as pdfmake measures margins, in the inches page.pdf() takes. */
const inches = (points: number) => `${points / 72}in`;

export const bench: BenchModule = async ({ quick }) => {
  const files = pdfFontFiles();
  const fonts = new Map([
    ['/normal.ttf', await readFile(files.normal)],
    ['/bold.ttf', await readFile(files.bold)],
  ]);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${origin}/**`, (route) => {
      const font = fonts.get(new URL(route.request().url()).pathname);
      return font === undefined
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html>' })
        : route.fulfill({ contentType: 'font/ttf', body: font });
    });
    await page.goto(`${origin}/`);
    const [left, top, right, bottom] = pageMargins;
    let pdfmakeBytes = 0;
    let chromiumBytes = 0;
    const timed = await alternate(
      { runs: quick ? 7 : 15, warmUps: quick ? 8 : 12 },
      async () => {
        pdfmakeBytes = (await renderPdf(agreementDocument(typicalInput))).length;
      },
      async () => {
        // The HTML is written from the definition inside the timed run, as pdfmake's side
        // builds its definition inside its own.
        const html = agreementHtml(agreementDocument(typicalInput), {
          normal: `${origin}/normal.ttf`,
          bold: `${origin}/bold.ttf`,
        });
        await page.setContent(html.page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({
          format: 'Letter',
          margin: {
            top: inches(top),
            right: inches(right),
            bottom: inches(bottom),
            left: inches(left),
          },
          displayHeaderFooter: true,
          headerTemplate: html.header,
          footerTemplate: html.footer,
          printBackground: true,
        });
        chromiumBytes = pdf.length;
      },
    );
    report(
      'agreement PDF, 12 goals (pdfmake)',
      `${describe(timed.measure)}, ${Math.round(pdfmakeBytes / 1024)} KB`,
    );
    report(
      'the same content, Chromium page.pdf()',
      `${describe(timed.reference)}, ${Math.round(chromiumBytes / 1024)} KB`,
    );
    return [
      withinBudget('agreement PDF, 12 goals', timed.measure, { max: maxTime }),
      withinBudget('agreement PDF, 12 goals, vs Chromium page.pdf()', timed.ratio, {
        max: maxRatio,
        unit: '×',
      }),
    ];
  } finally {
    await browser.close();
  }
};
