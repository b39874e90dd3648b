import { describe, expect, it } from 'vitest';
import { blankGoalFields, type GoalFields } from '../../../src/shared/domain/goal';
import {
  measureIn,
  missionIn,
  statementIn,
  unitIn,
} from '../../../src/shared/domain/spanish/goal-wording';
import { baselineInWords, targetInWords } from '../../../src/shared/pdf/target-words';

function goal(fields: Partial<GoalFields>): GoalFields {
  return { ...blankGoalFields('external'), ...fields };
}

const outage = goal({
  statement: 'Planned outages are announced ahead of time',
  measure: 'Notice given before a planned outage',
  unit: 'hours',
  direction: 'at-least',
  target: 48,
});

describe('the board’s wording on a paper in either language', () => {
  it('prints the English on an English paper, whatever Spanish was written', () => {
    const written = goal({
      ...outage,
      spanish: { statement: 'Avisamos', measure: 'Aviso', unit: 'horas' },
    });
    expect(statementIn(written, 'en')).toEqual({ text: outage.statement, inEnglish: false });
    expect(measureIn(written, 'en')).toEqual({ text: outage.measure, inEnglish: false });
    expect(unitIn(written, 'en')).toEqual({ text: 'hours', inEnglish: false });
  });

  it('prints the Spanish written, and marks the English printed where none was', () => {
    const statement = 'Los cortes programados se anuncian con anticipación';
    const written = goal({ ...outage, spanish: { statement, measure: '', unit: '' } });
    expect(statementIn(written, 'es')).toEqual({ text: statement, inEnglish: false });
    expect(measureIn(written, 'es')).toEqual({ text: outage.measure, inEnglish: true });
    // "hours" is in the glossary: no typing, not English.
    expect(unitIn(written, 'es')).toEqual({ text: 'horas', inEnglish: false });
  });

  it('takes a unit typed in Spanish over the glossary, and the English of an unknown unit as English', () => {
    const typed = goal({
      ...outage,
      spanish: { statement: '', measure: '', unit: 'horas de aviso previo' },
    });
    expect(unitIn(typed, 'es')).toEqual({ text: 'horas de aviso previo', inEnglish: false });
    const flushes = goal({ unit: 'hydrant flushes' });
    expect(unitIn(flushes, 'es')).toEqual({ text: 'hydrant flushes', inEnglish: true });
  });

  it('never marks empty text as English', () => {
    const empty = blankGoalFields('internal');
    for (const passage of [statementIn(empty, 'es'), measureIn(empty, 'es'), unitIn(empty, 'es')]) {
      expect(passage).toEqual({ text: '', inEnglish: false });
    }
    expect(missionIn({ mission: '', missionSpanish: '' }, 'es')).toEqual({
      text: '',
      inEnglish: false,
    });
  });

  it('prints the mission in Spanish when written, else the English marked', () => {
    const mission = 'Safe water at a fair price.';
    expect(missionIn({ mission, missionSpanish: '' }, 'es')).toEqual({
      text: mission,
      inEnglish: true,
    });
    expect(missionIn({ mission, missionSpanish: 'Agua segura a un precio justo.' }, 'es')).toEqual({
      text: 'Agua segura a un precio justo.',
      inEnglish: false,
    });
    expect(missionIn({ mission, missionSpanish: 'Agua segura.' }, 'en').text).toBe(mission);
  });

  it('says the target and baseline with the Spanish unit: typed first, then the glossary', () => {
    expect(targetInWords(outage, 'es')).toBe('como mínimo 48 horas');
    const typed = goal({
      ...outage,
      spanish: { statement: '', measure: '', unit: 'horas de aviso' },
    });
    expect(targetInWords(typed, 'es')).toBe('como mínimo 48 horas de aviso');
    expect(targetInWords(typed, 'en')).toBe('at least 48 hours');
    const breaks = goal({
      unit: 'breaks per 100 miles per year',
      direction: 'at-most',
      target: 1,
      baseline: { value: 3, asOf: '2025-12-31', source: '', missingReason: '' },
    });
    expect(targetInWords(breaks, 'es')).toBe('como máximo 1 rotura por cada 100 millas al año');
    expect(baselineInWords(breaks, 'es')).toBe(
      '3 roturas por cada 100 millas al año (al 31 de diciembre de 2025)',
    );
    const range = goal({ unit: 'psi', direction: 'range', target: 35, targetHigh: 80 });
    expect(targetInWords(range, 'es')).toBe('entre 35 y 80 psi');
    // A unit nobody wrote in Spanish prints as typed: the paper marks it (missingSpanish).
    expect(
      targetInWords(goal({ unit: 'hydrant flushes', direction: 'at-least', target: 2 }), 'es'),
    ).toBe('como mínimo 2 hydrant flushes');
  });
});
