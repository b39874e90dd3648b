import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../../src/main/goals/template-library';
import { blankGoalFields, goalFieldsSchema } from '../../../src/shared/domain/goal';
import { goalInputFieldsSchema } from '../../../src/shared/domain/goal-input';
import { goalFieldsFromTemplate } from '../../../src/shared/domain/goal-template';
import { emptyScope, scopeSchema } from '../../../src/shared/domain/scope';
import { problemsOf } from '../schemas/issues';

const withSpanish = (spanish: unknown) => ({ ...blankGoalFields('internal'), spanish });
const none = { statement: '', measure: '', unit: '' };

describe('the Spanish wording (goal fields and the mission, issue 17)', () => {
  it('starts empty on a new goal, on a goal from the library and on the mission', () => {
    expect(blankGoalFields('external').spanish).toEqual(none);
    for (const template of templateLibrary()) {
      expect(goalFieldsFromTemplate(template).spanish).toEqual(none);
    }
    expect(emptyScope.missionSpanish).toBe('');
  });

  it('gives each new goal its own empty wording, so filling one in leaves the next blank', () => {
    const first = blankGoalFields('internal');
    first.spanish.statement = 'Reparamos cada fuga en una semana';
    expect(blankGoalFields('internal').spanish).toEqual(none);
  });

  it('takes the statement, measure and unit on one line each, cleaned as every line is', () => {
    const parsed = goalFieldsSchema.parse(
      withSpanish({ statement: '  Reparamos cada\nfuga ', measure: 'Fugas', unit: 'días hábiles' }),
    );
    expect(parsed.spanish).toEqual({
      statement: 'Reparamos cada fuga',
      measure: 'Fugas',
      unit: 'días hábiles',
    });
  });

  it('holds each to the English field’s limit, naming the field and the fix', () => {
    expect(
      problemsOf(
        goalInputFieldsSchema,
        withSpanish({ statement: 'x'.repeat(301), measure: 'x'.repeat(201), unit: 'x'.repeat(61) }),
      ),
    ).toEqual([
      {
        path: ['spanish', 'statement'],
        message: 'Goal in Spanish is too long: shorten it to 300 characters or fewer.',
      },
      {
        path: ['spanish', 'measure'],
        message: 'What is measured, in Spanish is too long: shorten it to 200 characters or fewer.',
      },
      {
        path: ['spanish', 'unit'],
        message: 'Unit in Spanish is too long: shorten it to 60 characters or fewer.',
      },
    ]);
    expect(problemsOf(goalFieldsSchema, withSpanish({ ...none, unit: 7 }))).toEqual([
      { path: ['spanish', 'unit'], message: 'Unit in Spanish must be text.' },
    ]);
    expect(problemsOf(scopeSchema, { ...emptyScope, missionSpanish: 'x'.repeat(1001) })).toEqual([
      {
        path: ['missionSpanish'],
        message:
          'Mission statement in Spanish is too long: shorten it to 1000 characters or fewer.',
      },
    ]);
  });

  it('is refused when missing, as a stored goal or scope of format 10 would be', () => {
    const { spanish: _none, ...older } = blankGoalFields('internal');
    expect(goalFieldsSchema.safeParse(older).success).toBe(false);
    const { missionSpanish: _mission, ...olderScope } = emptyScope;
    expect(scopeSchema.safeParse(olderScope).success).toBe(false);
  });
});
