import { describe, expect, it } from 'vitest';
import { findUnprintable } from '../../../src/main/pdf/unprintable';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import { surveyPrintableFields } from '../../../src/shared/pdf/survey-printable-fields';
import { pdfContent } from '../../fixtures/pdf/pdf-inputs';

/** The PDF sample with its mission and first goal written in Spanish, one character not printable. */
function inSpanish(): AgreementContent {
  const [first, ...rest] = pdfContent.goals;
  return {
    ...pdfContent,
    scope: { ...pdfContent.scope, missionSpanish: 'Agua segura 💧 a un precio justo.' },
    goals: [
      {
        ...first!,
        spanish: {
          statement: 'Contestamos cada queja a tiempo',
          measure: 'Quejas contestadas',
          unit: 'días hábiles 水',
        },
      },
      ...rest,
    ],
  };
}

describe('the font check of the Spanish wording', () => {
  it('reads the Spanish mission and each goal’s Spanish, named as the form names them', () => {
    const fields = new Map(printableFieldsOf(inSpanish(), null).map((f) => [f.field, f.text]));
    expect(fields.get('Mission statement in Spanish')).toBe('Agua segura 💧 a un precio justo.');
    // The first goal in the sample prints as goal 1: its area comes first in the guidance.
    const number = [...fields].find(([, text]) => text === 'Quejas contestadas')?.[0];
    expect(number).toMatch(/^Goal \d+, What is measured, in Spanish$/);
    const goal = number!.split(',')[0]!;
    expect(fields.get(`${goal}, Goal in Spanish`)).toBe('Contestamos cada queja a tiempo');
    expect(fields.get(`${goal}, Unit in Spanish`)).toBe('días hábiles 水');
    // Nothing written in Spanish is nothing to check.
    expect(printableFieldsOf(pdfContent, null).some((f) => f.field.includes('Spanish'))).toBe(
      false,
    );
  });

  it('names the Spanish field holding characters the fonts cannot draw, and passes the accents', () => {
    const unprintable = findUnprintable(printableFieldsOf(inSpanish(), null));
    expect(
      unprintable.map(({ field, characters }) => [
        field.replace(/^Goal \d+/, 'Goal N'),
        characters,
      ]),
    ).toEqual([
      ['Mission statement in Spanish', '💧'],
      ['Goal N, Unit in Spanish', '水'],
    ]);
  });

  it('checks the external goals’ Spanish statements the survey card prints', () => {
    const goals = inSpanish().goals.map((goal) => ({
      ...goal,
      rev: 0,
      spanish: {
        ...goal.spanish,
        statement: goal.kind === 'external' ? `${goal.statement} ✓水` : '',
      },
    }));
    const fields = surveyPrintableFields({ utility: pdfContent.utility, goals });
    const spanish = fields.filter((field) => field.field.endsWith('Goal in Spanish'));
    expect(spanish.length).toBe(
      goals.filter((goal) => goal.kind === 'external' && goal.statement !== '').length,
    );
    expect(findUnprintable(spanish).every((found) => found.characters.includes('水'))).toBe(true);
  });
});
