import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { blankGoalFields, type GoalFields } from '../../../src/shared/domain/goal';
import { missingSpanish } from '../../../src/shared/domain/spanish/missing-spanish';
import { workedExampleContent } from '../approval-rules/approval-fixtures';

function withGoals(goals: (Partial<GoalFields> & { id: string })[]): AgreementContent {
  const content = workedExampleContent();
  return {
    ...content,
    scope: { ...content.scope, missionSpanish: 'Agua segura a un precio justo.' },
    goals: goals.map((fields) => ({
      ...blankGoalFields('external'),
      area: 'customer-service',
      ...fields,
    })),
  };
}

const flushes = {
  id: 'g-flush',
  statement: 'We flush every hydrant',
  measure: 'Hydrants flushed',
  unit: 'hydrant flushes',
  spanish: {
    statement: 'Lavamos cada hidrante',
    measure: 'Hidrantes lavados',
    unit: '',
  },
};

describe('what a Spanish paper would print in English', () => {
  it('lists a custom unit until its Spanish is written, then nothing', () => {
    expect(missingSpanish(withGoals([flushes]))).toEqual([
      {
        where: { kind: 'goal', goalId: 'g-flush', number: 1 },
        field: 'unit',
        label: 'Unit in Spanish',
        english: 'hydrant flushes',
      },
    ]);
    const written = { ...flushes, spanish: { ...flushes.spanish, unit: 'lavados de hidrantes' } };
    expect(missingSpanish(withGoals([written]))).toEqual([]);
  });

  it('never lists a known unit or a symbol, nor an empty field', () => {
    const goals = ['working days', 'psi', '%', 'per 1,000 connections per year', ''].map(
      (unit, index) => ({
        id: `g${index}`,
        statement: '',
        measure: '',
        unit,
      }),
    );
    expect(missingSpanish(withGoals(goals))).toEqual([]);
  });

  it('lists the mission first, then each goal by its number, statement, measure and unit in turn', () => {
    const content = withGoals([
      {
        id: 'g-late',
        area: 'regulatory',
        statement: 'We pass every test',
        measure: 'Tests passed',
        unit: 'tests',
      },
      {
        id: 'g-early',
        area: 'water-efficiency',
        statement: 'We lose little water',
        measure: '',
        unit: 'acre-feet',
      },
    ]);
    const missing = missingSpanish({ ...content, scope: { ...content.scope, missionSpanish: '' } });
    expect(
      missing.map(({ where, field, label, english }) => [where, field, label, english]),
    ).toEqual([
      [
        { kind: 'mission' },
        'mission',
        'Mission statement in Spanish',
        'Safe water at a fair price.',
      ],
      [
        { kind: 'goal', goalId: 'g-early', number: 1 },
        'statement',
        'Goal in Spanish',
        'We lose little water',
      ],
      [{ kind: 'goal', goalId: 'g-early', number: 1 }, 'unit', 'Unit in Spanish', 'acre-feet'],
      [
        { kind: 'goal', goalId: 'g-late', number: 2 },
        'statement',
        'Goal in Spanish',
        'We pass every test',
      ],
      [
        { kind: 'goal', goalId: 'g-late', number: 2 },
        'measure',
        'What is measured, in Spanish',
        'Tests passed',
      ],
    ]);
  });
});
