import { describe, expect, it } from 'vitest';
import { blankGoalFields, goalFieldsSchema } from '../../../src/shared/domain/goal';
import { findingsOf, keysOf, makeGoal, makeInput, tenGoodGoals } from './review-fixtures';

describe('a new goal', () => {
  it('starts with no area, no direction and not marked a stretch, and is still valid to save', () => {
    const blank = blankGoalFields('external');
    expect(blank).toMatchObject({ kind: 'external', area: null, direction: null, stretch: false });
    expect(goalFieldsSchema.safeParse(blank).success).toBe(true);
  });
});

describe('unfinished rule', () => {
  it('blocks a goal whose area is not chosen, naming its number and the field', () => {
    const goal = makeGoal('g11', { area: null });
    expect(findingsOf(makeInput([...tenGoodGoals(), goal]), 'no-area')).toEqual([
      {
        key: 'no-area:g11',
        severity: 'blocker',
        rule: 'no-area',
        // A goal without an area is numbered after all those with one.
        message:
          'Goal 11 (“Keep water loss at or below 15%”) is unfinished: its area is not chosen yet, so the agreement cannot say where it belongs.',
        fix: 'Open the goal and choose its area in the “Goal area” field.',
        goalId: 'g11',
        area: null,
      },
    ]);
  });

  it('blocks a goal that does not say how its target works, naming the field', () => {
    const [finding] = findingsOf(makeInput([makeGoal('g1', { direction: null })]), 'no-direction');
    expect(finding).toMatchObject({ key: 'no-direction:g1', severity: 'blocker' });
    expect(finding?.message).toBe(
      'Goal 1 (“Keep water loss at or below 15%”) is unfinished: it does not yet say how its target works (at most, at least, yes or no, or within a range).',
    );
    expect(finding?.fix).toBe('Open the goal and choose one under “How the target works”.');
  });

  it('asks for both on a blank goal, and for neither once they are chosen', () => {
    const blank = { ...blankGoalFields('internal'), id: 'b', rev: 0 };
    expect(keysOf(makeInput([blank])).filter((key) => key.endsWith(':b'))).toEqual([
      'no-area:b',
      'no-direction:b',
      'measurable:b',
      'baseline:b',
    ]);
    const chosen = { ...blank, area: 'regulatory' as const, direction: 'at-most' as const };
    expect(keysOf(makeInput([chosen])).filter((key) => key.startsWith('no-'))).toEqual([]);
  });

  it('does not count a goal with no area as an area used, nor as outside the chosen areas', () => {
    const input = makeInput([makeGoal('g1'), makeGoal('g2', { area: null })]);
    expect(findingsOf(input, 'count')[0]?.message).toContain('2 goals from 1 area.');
    expect(findingsOf(input, 'area').map((finding) => finding.goalId)).not.toContain('g2');
  });
});
