import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../../src/main/goals/template-library';
import {
  goalFieldsFromTemplate,
  type GoalTemplate,
} from '../../../src/shared/domain/goal-template';
import type { Goal } from '../../../src/shared/domain/goal';
import { fieldsLeftBehind } from '../../../src/shared/domain/review/fields-left-behind';
import { measureChangedRule } from '../../../src/shared/domain/review/measure-changed-rule';
import { inEnglish, makeInput } from './review-fixtures';

const templates = templateLibrary();
const wc1 = templates.find((t) => t.id === 'WC1') as GoalTemplate;

/** The library's WC1 (water lost before billing) as added, with a baseline and a responsible. */
function fromWc1(overrides: Partial<Goal> = {}): Goal {
  return {
    ...goalFieldsFromTemplate(wc1),
    id: 'g1',
    rev: 0,
    baseline: { value: 14, asOf: '2025-12-31', source: '2025 water audit', missingReason: '' },
    responsible: 'Operator',
    ...overrides,
  };
}

const inputWith = (goal: Goal) => makeInput([goal], { templates });

describe('fieldsLeftBehind', () => {
  it('finds nothing while the measure and unit are the library goal’s', () => {
    expect(fieldsLeftBehind(fromWc1(), wc1)).toEqual([]);
    // Spacing and case are not a new measure.
    expect(fieldsLeftBehind(fromWc1({ measure: ` ${wc1.measure.toUpperCase()} ` }), wc1)).toEqual(
      [],
    );
  });

  it('names the data source and frequency once the measure or the unit changes', () => {
    expect(fieldsLeftBehind(fromWc1({ measure: 'Gallons lost per connection' }), wc1)).toEqual([
      'dataSource',
      'frequency',
    ]);
    expect(fieldsLeftBehind(fromWc1({ unit: 'gallons per connection per day' }), wc1)).toEqual([
      'dataSource',
      'frequency',
    ]);
  });

  it('lets go of a field once it is edited, or when it was left empty', () => {
    const changed = fromWc1({ measure: 'Gallons lost per connection' });
    expect(fieldsLeftBehind({ ...changed, dataSource: 'Customer meters' }, wc1)).toEqual([
      'frequency',
    ]);
    expect(fieldsLeftBehind({ ...changed, frequency: 'quarterly' }, wc1)).toEqual(['dataSource']);
    expect(fieldsLeftBehind({ ...changed, dataSource: '', frequency: null }, wc1)).toEqual([]);
  });

  it('does not count a yes/no goal’s unit, which it does not use', () => {
    const yesNo = templates.find((t) => t.direction === 'yes-no') as GoalTemplate;
    const goal = { ...goalFieldsFromTemplate(yesNo), unit: '' };
    expect(fieldsLeftBehind(goal, yesNo)).toEqual([]);
    expect(fieldsLeftBehind({ ...goal, measure: 'Something else' }, yesNo)).toHaveLength(2);
  });
});

describe('measure-changed rule', () => {
  it('is quiet for a library goal as it came, and for a goal written by hand', () => {
    expect(measureChangedRule(inputWith(fromWc1()))).toEqual([]);
    const byHand = fromWc1({ templateId: null, measure: 'Gallons lost per connection' });
    expect(measureChangedRule(inputWith(byHand))).toEqual([]);
  });

  it('warns, naming the goal, the fields, both measures and the fix', () => {
    const goal = fromWc1({ measure: 'Gallons lost per connection per day', unit: 'gallons' });
    expect(measureChangedRule(inputWith(goal)).map(inEnglish)).toEqual([
      {
        key: 'measure-changed:g1',
        rule: 'measure-changed',
        severity: 'warning',
        goalId: 'g1',
        area: 'water-efficiency',
        message: `Goal 1 (“${wc1.statement}”) now has “Gallons lost per connection per day” in gallons, but “How it is measured” and “How often” are still what came with the library goal’s measure, “${wc1.measure}” in %.`,
        fix: 'Open the goal and check “How it is measured” and “How often” under Tracking: change them to fit the new measure, or choose “Still right” there if they still fit.',
      },
    ]);
  });

  it('names one field in the singular once the other is edited', () => {
    const goal = fromWc1({ measure: 'Gallons lost per connection', frequency: 'quarterly' });
    const [finding] = measureChangedRule(inputWith(goal)).map(inEnglish);
    expect(finding?.message).toContain('but “How it is measured” is still what came with');
    expect(finding?.fix).toContain('change it to fit the new measure');
    expect(finding?.fix).toContain('if it still fits.');
  });
});
