import { beforeAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { readPdfLayout } from '../../../src/main/pdf/read-pdf-layout';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import {
  longName,
  longestName,
  sampleInput,
  sampleVersion,
  trickyName,
  type SampleShape,
} from '../../fixtures/pdf/pdf-large-sample';
import { surveyGoals } from '../../fixtures/pdf/pdf-customer-feedback';
import { pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { firstLine, pageRegions, type PageRegions } from './page-regions';

type Margins = [number, number, number, number];

const widestName = `${'W'.repeat(60)} ${'MWMW WMWM '.repeat(14)}`.slice(0, 200).trim();

async function laidOut(definition: TDocumentDefinitions): Promise<PageRegions[]> {
  const pages = readPdfLayout(await renderPdf(definition));
  if (pages === null) throw new Error('the rendered PDF could not be read back');
  return pageRegions(pages, definition.pageMargins as Margins);
}

const isSignaturePage = (page: PageRegions) => firstLine(page) === 'ADOPTION';

/** A page holds a goals table when the column titles (repeated on every page) are on it. */
const holdsGoalsTable = (page: PageRegions) =>
  page.body.some((run) => run.text.trim() === 'What is measured');

/**
 * The pages more than half empty that have no reason to be. Sections run on without page
 * breaks, so a page may end short only before the signature page, at the end of the document,
 * or where the orientation must turn (pdfmake turns it only at a new page): before the goals
 * section opens on landscape, and on the last page of the goals tables. A landscape page of
 * spilled notes, or a portrait page with one paragraph before the next section, is not allowed.
 */
function needlesslyEmpty(pages: PageRegions[]): number[] {
  return pages
    .filter((page, index) => {
      const next = pages[index + 1];
      if (!page.halfEmpty || next === undefined || isSignaturePage(next)) return false;
      const tablesEnd = holdsGoalsTable(page) && !next.landscape;
      const tablesStart = !page.landscape && next.landscape;
      return !tablesEnd && !tablesStart;
    })
    .map((page) => page.page);
}

const shapes: [string, SampleShape][] = [
  [
    'thirty goals with long notes, a long name, customer feedback, a nine-member board',
    { name: longName, goals: 30, feedback: true, approved: true, large: true },
  ],
  [
    'the same as a draft, with & < " \' and accents in the name',
    { name: trickyName, goals: 30, feedback: true, approved: false, large: true },
  ],
  [
    'twelve goals and customer feedback, with a name of the full 200 characters',
    { name: longestName, goals: 12, feedback: true, approved: true, large: false },
  ],
  [
    'three goals, a short name, no customer feedback',
    { name: 'Cedar Flats Water Co-op', goals: 3, feedback: false, approved: true, large: false },
  ],
  [
    'a name of 200 of the widest capitals, and one word of 60',
    { name: widestName, goals: 3, feedback: false, approved: false, large: false },
  ],
  [
    'twelve goals without notes (nothing but the tables)',
    {
      name: 'Pine Hollow MDWCA',
      goals: 12,
      notes: false,
      feedback: false,
      approved: true,
      large: false,
    },
  ],
  [
    'a draft with no goals yet',
    { name: 'Pine Hollow MDWCA', goals: 0, feedback: false, approved: false, large: false },
  ],
];

describe.each(shapes)('the agreement: %s', (_, shape) => {
  let pages: PageRegions[] = [];

  beforeAll(async () => {
    pages = await laidOut(agreementDocument(sampleInput(shape)));
  }, 60_000);

  it('prints the utility’s whole name in every footer and in the running head from page 2', () => {
    // Compared without spaces: a word too long for a line is broken without one.
    const whole = (text: string) => text.replace(/\s+/g, '');
    for (const page of pages) {
      expect({ page: page.page, footer: whole(page.footerName) }).toEqual({
        page: page.page,
        footer: whole(shape.name),
      });
      // Inside what most printers print: about a quarter inch from the paper's edge.
      expect(page.footerBottom).toBeGreaterThan(18);
      if (page.page === 1) continue;
      expect({ page: page.page, header: whole(page.headerName) }).toEqual({
        page: page.page,
        header: whole(shape.name),
      });
      // Clear of the body: the margin grew with the name (one line more would leave ~9 pt).
      expect(page.headerClearance).toBeGreaterThan(15);
    }
  });

  it('leaves no page more than half empty but before the signatures or where the goals tables start or end', () => {
    expect(needlesslyEmpty(pages)).toEqual([]);
  });

  it('turns to landscape only for the pages that hold the goals tables', () => {
    const landscape = pages.filter((page) => page.landscape).map((page) => page.page);
    const withTable = pages.filter(holdsGoalsTable).map((page) => page.page);
    expect(landscape).toEqual(withTable);
    expect(withTable.length > 0).toBe(shape.goals > 0);
  });
});

describe.each([
  ['thirty goals', { name: longName, goals: 30, feedback: true, approved: true, large: true }],
  [
    '45 goals and & < " \' in the name',
    { name: trickyName, goals: 45, feedback: true, approved: true, large: true },
  ],
] as const)('the customer summary with %s', (_, shape) => {
  it.each(['en', 'es'] as const)(
    'in %s: the whole name on the title and every footer, portrait pages, and only the last page short',
    async (language) => {
      const definition = customerSummaryDocument({
        version: sampleVersion(shape),
        standing: { inForce: true },
        language,
      });
      const pages = await laidOut(definition);
      const title = pages[0]?.body
        .filter((run) => run.size >= 18)
        .map((run) => run.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      expect(title).toBe(shape.name);
      // A second page (45 goals run to two) handed out on its own still says whose it is.
      for (const page of pages) {
        expect(page.footerName.replace(/\s+/g, '')).toBe(shape.name.replace(/\s+/g, ''));
        expect(page.footerBottom).toBeGreaterThan(18);
      }
      expect(pages.every((page) => !page.landscape)).toBe(true);
      expect(pages.slice(0, -1).filter((page) => page.halfEmpty)).toEqual([]);
    },
    60_000,
  );
});

describe.each(['en', 'es'] as const)('the survey card in %s', (language) => {
  it.each([longestName, widestName])(
    'prints the whole name in every footer: %s',
    async (name) => {
      const definition = surveyCardDocument({
        utility: { ...pdfContent.utility, name },
        scope: pdfContent.scope,
        goals: surveyGoals,
        language,
        annualMeeting: true,
      });
      for (const page of await laidOut(definition)) {
        expect(page.footerName.replace(/\s+/g, '')).toBe(name.replace(/\s+/g, ''));
        expect(page.footerBottom).toBeGreaterThan(18);
      }
    },
    60_000,
  );
});
