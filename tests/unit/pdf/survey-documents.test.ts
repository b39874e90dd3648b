import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/shared/domain/goal';
import type { UtilityProfile } from '../../../src/shared/domain/utility';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import { tallySheetDocument } from '../../../src/shared/pdf/tally-sheet-document';
import { customerFeedback, feedbackInput } from '../../fixtures/pdf/pdf-customer-feedback';
import { approvedInput, pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { frameText, sectionTitles, stringsWithKeys, textOf } from './document-walk';

const goals: Goal[] = pdfContent.goals.map((goal) => ({ ...goal, rev: 0 }));
const waterOnly: UtilityProfile = { ...pdfContent.utility, systemType: 'water' };

function card(
  overrides: { utility?: UtilityProfile; goals?: Goal[] } = {},
  language: 'en' | 'es' = 'en',
) {
  return surveyCardDocument({
    utility: overrides.utility ?? pdfContent.utility,
    scope: pdfContent.scope,
    goals: overrides.goals ?? goals,
    language,
  });
}

describe('surveyCardDocument', () => {
  it('asks about sewer service only where the utility runs a sewer', () => {
    const both = textOf(card().content);
    expect(both).toContain('Courtesy of our staff Sewer service');
    expect(both).toContain('A billing problem Sewer backup None of these');
    const water = textOf(card({ utility: waterOnly }).content);
    expect(water).not.toContain('Sewer service');
    expect(water).toContain('A billing problem None of these');
  });

  it('falls back to the chosen goal areas when there is no external goal yet', () => {
    const internalOnly = goals.filter((goal) => goal.kind === 'internal');
    const text = textOf(card({ goals: internalOnly }).content);
    expect(text).toContain('Good pressure, short outages and quick answers to problems');
    expect(text).toContain('Using less electricity to pump and treat water');
    const spanish = textOf(card({ goals: internalOnly }, 'es').content);
    expect(spanish).toContain('Buena presión, cortes breves y respuestas rápidas a los problemas');
  });

  it('leaves a line to write the utility’s name and the return address when none is typed', () => {
    const unnamed = card({ utility: { ...pdfContent.utility, name: '' } });
    const text = textOf(unnamed.content);
    expect(text).toContain('Please return this card to:');
    expect(text).toContain('Where:');
    expect(unnamed.info?.title).toBe('Customer survey');
  });

  it('says "Please turn over" on the front and thanks on the back', () => {
    const document = card();
    expect(frameText(document.footer, 1, 2)).toContain('Please turn over');
    expect(frameText(document.footer, 2, 2)).toContain('Thank you for your time.');
    expect(frameText(card({}, 'es').footer, 1, 2)).toContain('Continúa al reverso');
  });

  it('keeps the board’s goal statements under the text key only', () => {
    const marked = goals.map((goal, index) => ({ ...goal, statement: `«g${index}»` }));
    const strings = stringsWithKeys(card({ goals: marked }).content);
    const carrying = strings.filter((entry) => /«g\d+»/.test(entry.value));
    expect(carrying.length).toBe(goals.filter((goal) => goal.kind === 'external').length);
    expect(carrying.every((entry) => entry.key === 'text')).toBe(true);
  });
});

describe('tallySheetDocument', () => {
  const sheet: TDocumentDefinitions = tallySheetDocument({
    utility: pdfContent.utility,
    language: 'es',
  });

  it('is landscape, in Spanish, with a column for each topic', () => {
    expect(sheet.pageOrientation).toBe('landscape');
    const text = textOf(sheet.content);
    expect(text).toContain('HOJA DE CONTEO, CASA POR CASA');
    for (const word of ['Calidad', 'Presión', 'Cortes', 'Drenaje', 'Tarifas', 'Otro']) {
      expect(text).toContain(word);
    }
  });

  it('drops the sewer column for a water-only system', () => {
    const english = textOf(tallySheetDocument({ utility: waterOnly, language: 'en' }).content);
    expect(english).toContain('Pressure');
    expect(english).not.toContain('Sewer');
  });
});

describe('the agreement’s customer section', () => {
  it('is section 4 when present, and the later sections move down one', () => {
    expect(sectionTitles(agreementDocument(feedbackInput))).toEqual([
      '1.  Our mission',
      '2.  Boundaries of this agreement',
      '3.  How the goals were set',
      '4.  What our customers told us',
      '5.  Our goals',
      '6.  Tracking and reporting',
      '7.  Annual review',
      '8.  Approval record',
    ]);
    expect(sectionTitles(agreementDocument(approvedInput))).not.toContain(
      '4.  What our customers told us',
    );
  });

  it('states the standard answers in words and each span in hours or days', () => {
    const text = textOf(agreementDocument(feedbackInput).content);
    expect(text).toMatch(/Satisfied with the service \(4 or 5 out of 5\): \d+% of 48 customers/);
    expect(text).toContain('A planned shutoff is acceptable for up to 4 h');
    expect(text).toContain('Notice wanted before a shutoff: 2 days');
    expect(text).toMatch(/Willing to pay more for better service: \d+% of 48 who answered/);
    expect(text).toContain('Median to respond');
    expect(text).toMatch(/\d+(\.\d)? days/);
  });

  it('takes outreach places and evidence lines in as the text of a node only', () => {
    const feedback = {
      ...customerFeedback,
      outreaches: customerFeedback.outreaches.map((outreach) => ({
        ...outreach,
        place: '«place»',
      })),
      evidence: customerFeedback.evidence.map((entry) => ({ ...entry, lines: ['«line»'] })),
    };
    const document = agreementDocument({
      ...feedbackInput,
      content: { ...feedbackInput.content, customerFeedback: feedback },
    });
    const carrying = stringsWithKeys(document.content).filter((entry) =>
      /«(place|line)»/.test(entry.value),
    );
    expect(carrying.filter((entry) => entry.value.includes('«line»'))).toHaveLength(
      feedback.evidence.length,
    );
    expect(carrying.filter((entry) => entry.value.includes('«place»'))).toHaveLength(2);
    expect(carrying.every((entry) => entry.key === 'text')).toBe(true);
  });

  it('labels outreach places and evidence lines for the printability check', () => {
    const fields = new Map(
      printableFieldsOf(feedbackInput.content, null).map((field) => [field.field, field.text]),
    );
    expect(fields.get('Outreach 2, place')).toBe('Upper ditch and Camino Peña');
    const evidence = [...fields.entries()].filter(([label]) => label.includes(', evidence '));
    const lines = customerFeedback.evidence.flatMap((entry) => entry.lines);
    expect(evidence.map(([, text]) => text).sort()).toEqual([...lines].sort());
  });
});
