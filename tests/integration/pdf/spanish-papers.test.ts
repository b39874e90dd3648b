import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { bilingualSummaryDocument } from '../../../src/shared/pdf/bilingual-summary-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import { tallySheetDocument } from '../../../src/shared/pdf/tally-sheet-document';
import { surveyGoals } from '../../fixtures/pdf/pdf-customer-feedback';
import { approvedVersion, pdfContent } from '../../fixtures/pdf/pdf-inputs';
import {
  oneEnglishGoalInput,
  spanishApprovedInput,
  spanishDraftInput,
  withSpanishWording,
} from '../../fixtures/pdf/pdf-spanish';
import { englishWordsIn } from './english-words';
import { oneLine, pageCount, pdfText, tool } from './poppler';

const utility = pdfContent.utility;
/** The utility's name is the board's own, in English: it is not the app's text. */
const ownName = oneLine(utility.name);

const fourteen = {
  ...approvedVersion,
  content: {
    ...approvedVersion.content,
    goals: approvedVersion.content.goals.slice(0, 14).map(withSpanishWording),
  },
};
const thirty = {
  ...approvedVersion,
  content: {
    ...approvedVersion.content,
    goals: approvedVersion.content.goals.map(withSpanishWording),
  },
};

let folder = '';
const files = new Map<string, string>();
const file = (name: string) => files.get(name) ?? '';
/** A paper's text on one line, without the names the board typed in English. */
const spanishText = (name: string) => oneLine(pdfText(file(name))).replaceAll(ownName, '');

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-spanish-pdf-'));
  const papers: [string, Parameters<typeof renderPdf>[0]][] = [
    ['agreement-approved', agreementDocument(spanishApprovedInput)],
    ['agreement-draft', agreementDocument(spanishDraftInput)],
    ['agreement-one-english', agreementDocument(oneEnglishGoalInput)],
    [
      'summary-es',
      customerSummaryDocument({ version: fourteen, standing: { inForce: true }, language: 'es' }),
    ],
    ['summary-both', bilingualSummaryDocument({ version: fourteen, standing: { inForce: true } })],
    ['summary-both-30', bilingualSummaryDocument({ version: thirty, standing: { inForce: true } })],
    [
      'survey-es',
      surveyCardDocument({
        utility,
        scope: pdfContent.scope,
        goals: surveyGoals.map(withSpanishWording),
        language: 'es',
        annualMeeting: true,
      }),
    ],
    ['tally-es', tallySheetDocument({ utility, language: 'es' })],
  ];
  for (const [name, definition] of papers) {
    const path = join(folder, `${name}.pdf`);
    writeFileSync(path, await renderPdf(definition));
    files.set(name, path);
  }
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const everyPaper = [
  'agreement-approved',
  'agreement-draft',
  'agreement-one-english',
  'summary-es',
  'summary-both',
  'summary-both-30',
  'survey-es',
  'tally-es',
];

describe.each(everyPaper)('the Spanish paper %s', (name) => {
  it('passes qpdf --check and embeds every font', () => {
    const check = tool('qpdf', ['--check', file(name)]);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
    const fonts = tool('pdffonts', [file(name)])
      .output.split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row.trim().split(/\s+/).at(-5)).toBe('yes');
  });
});

describe('a fully translated agreement in Spanish', () => {
  it.each(['agreement-approved', 'agreement-draft', 'summary-es', 'survey-es', 'tally-es'])(
    '%s holds no English word of the app’s own text',
    (name) => {
      expect(englishWordsIn(spanishText(name))).toEqual([]);
    },
  );

  it('prints the approved agreement in New Mexico Spanish, dates and votes included', () => {
    const text = spanishText('agreement-approved');
    expect(text).toContain('Acuerdo de Nivel de Servicio · Revisión 2');
    expect(text).toContain('Sistema de agua potable y drenaje');
    expect(text).toContain('Nuevo México');
    expect(text).toContain('12 de marzo de 2026');
    expect(text).toContain(
      'Vigente: este es el acuerdo que la mesa directiva aprobó más recientemente.',
    );
    expect(text).toContain('Dar a los socios de La Cañada del Río');
    expect(text).toContain('Caben unos 150,000 galones.');
    expect(text).toContain('Presión mínima adecuada en cada llave');
    expect(text).toContain('como mínimo 20 psi');
    expect(text).toContain('60 quejas recibidas del 1 de marzo de 2025 al 27 de marzo de 2025.');
    expect(text).toContain('3 votos a favor; se necesitaban 3 (la mayoría de los 4 presentes).');
    expect(text).toContain('3 a favor, 1 en contra, 0 abstenciones, 1 ausente.');
    expect(text).toContain('Aprobada 3–1, 1 ausente.');
    expect(text).toContain('Huella digital 3F2A-91BC-0D4E-7A10');
    expect(text).toContain(`Página 1 de ${pageCount(file('agreement-approved'))}`);
    // Nothing is marked: every passage the board wrote has its Spanish.
    expect(text).not.toContain('(en inglés)');
    expect(text).not.toMatch(/aparecen? en inglés/);
  });

  it('prints the draft watermarked BORRADOR, with its note and the roll call to fill in', () => {
    const text = spanishText('agreement-draft');
    expect(text).toContain('BORRADOR — sin aprobar');
    expect(text).toContain(
      'Borrador para que lo estudie la mesa directiva, impreso el 20 de febrero de 2026.',
    );
    expect(text).toContain('Esta revisión todavía no se ha aprobado.');
    expect(text).toContain('Todavía sin asignar.');
  });
});

describe('an agreement with one goal written only in English', () => {
  it('marks its statement and measure "(en inglés)" and counts them near the top', () => {
    const text = spanishText('agreement-one-english');
    expect(text).toContain(
      '2 textos de la mesa directiva aparecen en inglés, en cursiva y marcados «(en inglés)»',
    );
    expect(text).toContain('Adequate water pressure at every tap (en inglés)');
    expect(text).toContain('Pressure at the worst point (en inglés)');
    expect(text.match(/\(en inglés\)/g)).toHaveLength(3);
    // The note comes before the first section, on page 1.
    expect(oneLine(pdfText(file('agreement-one-english'), 1))).toContain('2 textos de la mesa');
  });
});

describe('the customer summary in Spanish and in both languages', () => {
  it('says the board is the "mesa directiva", never the "junta"', () => {
    const text = spanishText('summary-es');
    expect(text).toContain('Aprobadas por la mesa directiva el 12 de marzo de 2026');
    expect(text).not.toContain('junta');
  });

  it('puts each goal in English beside its Spanish, on one sheet for 14 goals and for 30', () => {
    expect(pageCount(file('summary-both'))).toBe(1);
    expect(pageCount(file('summary-both-30'))).toBe(1);
    const text = oneLine(pdfText(file('summary-both')));
    expect(text).toContain('Revision 2 · Revisión 2');
    expect(text).toContain('What you can expect from us');
    expect(text).toContain('Lo que usted puede esperar de nosotros');
    expect(text).toMatch(
      /Adequate water pressure at every tap at least 20 psi Presión mínima adecuada en cada llave como mínimo 20 psi/,
    );
    expect(text).toContain('Adopted by the board on March 12, 2026');
    expect(text).toContain('Aprobadas por la mesa directiva el 12 de marzo de 2026');
    expect(text).not.toContain('(en inglés)');
  });
});

describe('the Spanish survey card', () => {
  it('asks about the goals in the board’s Spanish', () => {
    const text = spanishText('survey-es');
    expect(text).toContain('Presión mínima adecuada en cada llave');
    expect(text).toContain('La mesa directiva está fijando metas');
    expect(text).not.toContain('Adequate water pressure');
  });
});
