import { describe, expect, it } from 'vitest';
import type { GoalFields } from '../../../src/shared/domain/goal';
import { directionConflict } from '../../../src/shared/domain/review/direction-conflict';
import { findingsOf, makeExternalGoal, makeInput } from './review-fixtures';

type Fields = Pick<GoalFields, 'statement' | 'direction' | 'target' | 'unit'>;

const goal = (
  statement: string,
  direction: GoalFields['direction'],
  target: number | null = null,
  unit = '',
): Fields => ({ statement, direction, target, unit });

describe('directionConflict', () => {
  it('finds a lower bound in the words of an at-most goal', () => {
    expect(
      directionConflict(
        goal('Fire flow of at least 500 gpm at every hydrant', 'at-most', 500, 'gpm'),
      ),
    ).toEqual({ words: 'at least 500 gpm', says: 'at-least' });
    expect(directionConflict(goal('Pressure stays 35 psi or more', 'at-most', 35, 'psi'))).toEqual({
      words: '35 psi or more',
      says: 'at-least',
    });
    expect(
      directionConflict(goal('No less than 95% of samples on time', 'at-most', 95, '%')),
    ).toEqual({ words: 'No less than 95%', says: 'at-least' });
  });

  it('finds an upper bound in the words of an at-least goal', () => {
    const cases: [string, string][] = [
      ['Water is back on within 4 hours', 'within 4 hours'],
      ['Outages last no more than 4 hours', 'no more than 4 hours'],
      ['Outages last 4 hours or less', '4 hours or less'],
      ['Outages last under 4 hours', 'under 4 hours'],
      ['Crews arrive in 4 hours or sooner', '4 hours or sooner'],
      ['Outages last at most 4 hours', 'at most 4 hours'],
    ];
    for (const [statement, words] of cases) {
      expect(directionConflict(goal(statement, 'at-least', 4, 'hours'))).toEqual({
        words,
        says: 'at-most',
      });
    }
  });

  it('reads the unit in the singular and a number with a thousands comma', () => {
    expect(directionConflict(goal('Answered within 1 hour', 'at-least', null, 'hours'))).toEqual({
      words: 'within 1 hour',
      says: 'at-most',
    });
    expect(
      directionConflict(goal('We pump at least 1,200 gallons a day', 'at-most', 1200, 'gallons')),
    ).toEqual({ words: 'at least 1,200 gallons', says: 'at-least' });
  });

  it('takes any bound as the target while there is neither a target nor a unit', () => {
    expect(directionConflict(goal('Fire flow of at least 500 gpm', 'at-most'))).toEqual({
      words: 'at least 500',
      says: 'at-least',
    });
  });

  it('finds nothing when the words agree with the direction', () => {
    const agreeing: Fields[] = [
      goal('Hydrants are flushed at least once a year', 'at-least', 1, 'times a year'),
      goal('Fire flow of at least 500 gpm at every hydrant', 'at-least', 500, 'gpm'),
      goal('Water is back on within 8 hours', 'at-most', 8, 'hours'),
      goal('Keep water loss at or below 15%', 'at-most', 15, '%'),
      goal('Pressure stays 20 psi or more', 'at-least', 20, 'psi'),
    ];
    for (const fields of agreeing) expect(directionConflict(fields)).toBeNull();
  });

  it('finds nothing where a bound is about something other than the target', () => {
    // At least 95% of calls, each answered within 1 day: the "within" bounds the call, not the share.
    expect(
      directionConflict(goal('95% of calls are answered within 1 day', 'at-least', 95, '%')),
    ).toBeNull();
    expect(
      directionConflict(goal('Over the year, breaks stay few', 'at-most', 3, 'breaks')),
    ).toBeNull();
    expect(
      directionConflict(goal('Keep water loss under control', 'at-least', 10, '%')),
    ).toBeNull();
  });

  it('has nothing to contradict in a range, a yes/no goal or an unchosen direction', () => {
    for (const direction of ['range', 'yes-no', null] as const) {
      expect(
        directionConflict(goal('At least 35 psi and at most 80 psi', direction, 35, 'psi')),
      ).toBeNull();
    }
  });
});

describe('contradiction rule', () => {
  it('warns when the sentence and the target disagree, naming both and the field to change', () => {
    const fire = makeExternalGoal('fire', {
      statement: 'Fire flow of at least 500 gpm at every hydrant',
      measure: 'Flow at the hydrant',
      unit: 'gpm',
      direction: 'at-most',
      target: 500,
    });
    expect(findingsOf(makeInput([fire]), 'contradiction')).toEqual([
      {
        key: 'contradiction:fire',
        severity: 'warning',
        rule: 'contradiction',
        message:
          'Goal 1 (“Fire flow of at least 500 gpm at every hydrant”) says “at least 500 gpm”, but its target is set to “At most”: the words and the target that is tracked disagree.',
        fix: 'Choose “At least” under “How the target works”, or reword the goal so it says what the target says.',
        goalId: 'fire',
        area: 'customer-service',
      },
    ]);
  });

  it('is quiet once the direction is changed to match', () => {
    const fixed = makeExternalGoal('fire', {
      statement: 'Fire flow of at least 500 gpm at every hydrant',
      unit: 'gpm',
      direction: 'at-least',
      target: 500,
    });
    expect(findingsOf(makeInput([fixed]), 'contradiction')).toEqual([]);
  });
});
