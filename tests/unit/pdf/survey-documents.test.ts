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
    annualMeeting: true,
  });
}

describe('surveyCardDocument', () => {
  it('asks about sewer service only where the utility runs a sewer', () => {
    const both = textOf(card().content);
    expect(both).toContain('Control of sewer odors');
    expect(both).toContain('Sewage backup at home');
    expect(both).toContain('After a sewage backup at your home, a crew should be there within:');
    // Without the board's own words (the fixture's name and goals speak of sewage), so only the
    // card's words are read.
    const internalOnly = goals.filter((goal) => goal.kind === 'internal');
    const plainName = { ...waterOnly, name: 'Cedar Flats Water Co.' };
    const water = textOf(card({ utility: plainName, goals: internalOnly }).content);
    expect(water).not.toMatch(/sewer|sewage|overflow|backup/i);
    expect(water).toContain('A billing problem None of these');
  });

  it('falls back to the chosen goal areas, in the words of the system type, without external goals', () => {
    const internalOnly = goals.filter((goal) => goal.kind === 'internal');
    const text = textOf(card({ utility: waterOnly, goals: internalOnly }).content);
    expect(text).toContain('Good pressure, short outages and quick answers to problems');
    expect(text).toContain('Using less electricity to pump and treat water');
    const spanish = textOf(card({ utility: waterOnly, goals: internalOnly }, 'es').content);
    expect(spanish).toContain('Buena presión, cortes breves y respuestas rápidas a los problemas');
    const sewerOnly = { ...pdfContent.utility, systemType: 'wastewater' as const };
    const sewer = textOf(card({ utility: sewerOnly, goals: internalOnly }).content);
    expect(sewer).toContain('Few backups, quick cleanups and quick answers to problems');
    expect(sewer).not.toContain('Good pressure');
  });

  it('invites customers to the annual meeting only when the utility holds one', () => {
    expect(textOf(card().content)).toContain('or bring it to the annual meeting');
    const none = surveyCardDocument({
      utility: pdfContent.utility,
      scope: pdfContent.scope,
      goals,
      language: 'es',
      annualMeeting: null,
    });
    const text = textOf(none.content);
    expect(text).toContain('También puede entregarla a un miembro de la mesa directiva.');
    expect(text).not.toContain('reunión anual');
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

  it('drops the sewer columns and questions for a water-only system', () => {
    const english = textOf(tallySheetDocument({ utility: waterOnly, language: 'en' }).content);
    expect(english).toContain('Pressure');
    expect(english).toContain('Shutoff OK up to');
    for (const word of ['Sewer', 'Odor', 'Backups', 'Overflows', 'Crew at backup within']) {
      expect(english).not.toContain(word);
    }
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
    // The Spanish lines are printed on the Spanish agreement, so they are checked too.
    const lines = customerFeedback.evidence.flatMap((entry) => [
      ...entry.lines,
      ...(entry.linesSpanish ?? []),
    ]);
    expect(lines.some((line) => line.includes('comentario'))).toBe(true);
    expect(evidence.map(([, text]) => text).sort()).toEqual([...lines].sort());
  });
});
