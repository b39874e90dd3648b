import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  keysOf,
  makeExternalGoal,
  makeGoal,
  makeInput,
  tenGoodGoals,
} from './review-fixtures';

describe('area rule', () => {
  it('passes when every chosen area has a goal and every goal is in a chosen area', () => {
    expect(findingsOf(makeInput(tenGoodGoals()), 'area')).toEqual([]);
  });

  it('warns about a chosen area with no goal and no reason', () => {
    const goals = [makeGoal('g1'), makeExternalGoal('g2')]; // water efficiency, customer service
    expect(findingsOf(makeInput(goals), 'area')).toEqual([
      {
        key: 'area:regulatory',
        severity: 'warning',
        rule: 'area',
        message: 'Regulatory Requirements was chosen on step 2 but has no goal yet.',
        fix: 'Add a goal in this area, or write on this step why the board has none for now; the reason is kept in the record.',
        goalId: null,
        area: 'regulatory',
      },
    ]);
  });

  it("accepts the board's reason for an area with no goal, but not an empty one", () => {
    const goals = [makeGoal('g1'), makeExternalGoal('g2')];
    const withReason = makeInput(goals);
    withReason.settings.areaReasons = {
      regulatory: 'Covered by the blanket regulatory statement.',
    };
    expect(findingsOf(withReason, 'area')).toEqual([]);

    const blankReason = makeInput(goals);
    blankReason.settings.areaReasons = { regulatory: '  ' };
    expect(keysOf(blankReason, 'area')).toEqual(['area:regulatory']);
  });

  it('says nothing about empty areas while there are no goals at all', () => {
    expect(findingsOf(makeInput([]), 'area')).toEqual([]);
  });

  it('lists empty areas in the order of the six areas', () => {
    const input = makeInput([makeGoal('g1', { area: 'social' })]);
    input.scope.areas = ['regulatory', 'customer-service', 'social', 'water-efficiency'];
    expect(keysOf(input, 'area')).toEqual([
      'area:water-efficiency',
      'area:customer-service',
      'area:regulatory',
    ]);
  });

  it('adds a note for a goal whose area was not chosen on step 2', () => {
    const goal = makeGoal('g9', {
      area: 'energy-efficiency',
      statement: 'Use less power per gallon',
    });
    const input = makeInput([...tenGoodGoals(), goal]);
    expect(findingsOf(input, 'area')).toEqual([
      {
        key: 'area:g9',
        severity: 'note',
        rule: 'area',
        message:
          // Energy efficiency comes first in the guidance, so the goal is numbered 1.
          'Goal 1 (“Use less power per gallon”) is in the Energy Efficiency area, which was not chosen on step 2.',
        fix: 'Add Energy Efficiency to the chosen areas on step 2, or move the goal to one of the chosen areas.',
        goalId: 'g9',
        area: 'energy-efficiency',
      },
    ]);
  });
});
