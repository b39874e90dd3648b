import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../../src/main/goals/template-library';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import {
  blankGoalFields,
  goalFieldLabels,
  goalFieldsSchema,
  type GoalFields,
} from '../../../src/shared/domain/goal';
import { goalInputFieldsSchema } from '../../../src/shared/domain/goal-input';
import { goalFieldsFromTemplate } from '../../../src/shared/domain/goal-template';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import { pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { problemsOf } from '../schemas/issues';

const withStandIn = (standIn: unknown) => ({ ...blankGoalFields('internal'), standIn });

describe('who stands in (a goal field, issue 13)', () => {
  it('starts empty on a new goal and on a goal taken from the library', () => {
    expect(blankGoalFields('external').standIn).toBe('');
    for (const template of templateLibrary()) {
      expect(goalFieldsFromTemplate(template).standIn).toBe('');
    }
  });

  it('takes a name on one line, cleaned as every line is', () => {
    const parsed = goalFieldsSchema.parse(withStandIn('  Pat Romero,\nrelief operator '));
    expect(parsed.standIn).toBe('Pat Romero, relief operator');
  });

  it('names the field and the fix when it is too long or not text', () => {
    expect(problemsOf(goalInputFieldsSchema, withStandIn('x'.repeat(101)))).toEqual([
      {
        path: ['standIn'],
        message: 'Who stands in is too long: shorten it to 100 characters or fewer.',
      },
    ]);
    expect(problemsOf(goalFieldsSchema, withStandIn(7))).toEqual([
      { path: ['standIn'], message: 'Who stands in must be text.' },
    ]);
  });

  it('is refused by a goal missing it, as a stored goal of format 7 would be', () => {
    const { standIn: _none, ...older } = blankGoalFields('internal');
    expect(goalFieldsSchema.safeParse(older).success).toBe(false);
  });
});

describe('goal-field labels', () => {
  it('are the words the form shows in the schema’s messages too', () => {
    expect(
      problemsOf(goalFieldsSchema, { ...blankGoalFields('internal'), measure: 'x'.repeat(201) }),
    ).toEqual([
      {
        path: ['measure'],
        message: 'What is measured is too long: shorten it to 200 characters or fewer.',
      },
    ]);
  });
});

describe('the printability check', () => {
  it('covers every text field of a goal, so a new one cannot be skipped', () => {
    // Every field the schema takes free text in, found from the schema itself.
    const blank = blankGoalFields('internal');
    const textFields = (Object.keys(goalFieldsSchema.shape) as (keyof GoalFields)[]).filter(
      (key) =>
        goalFieldsSchema.safeParse({ ...blank, [key]: 'Filled in' }).success &&
        goalFieldsSchema.safeParse({ ...blank, [key]: 'Ünïcode ✓ text' }).success &&
        key !== 'templateId',
    );
    expect(textFields).toContain('standIn');
    const [first] = pdfContent.goals;
    const filled = Object.fromEntries(textFields.map((key) => [key, `${key} typed`]));
    const content: AgreementContent = { ...pdfContent, goals: [{ ...first!, ...filled }] };
    const labels = new Map(
      printableFieldsOf(content, null).map((entry) => [entry.text, entry.field]),
    );
    for (const key of textFields) {
      expect([key, labels.get(`${key} typed`)]).toEqual([key, `Goal 1, ${goalFieldLabels[key]}`]);
    }
  });
});
