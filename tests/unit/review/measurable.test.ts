import { describe, expect, it } from 'vitest';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import { isMeasurable } from '../../../src/shared/domain/review/is-measurable';
import { findingsOf, keysOf, makeGoal, makeInput, tenGoodGoals } from './review-fixtures';

describe('isMeasurable', () => {
  const good = makeGoal('g1');

  it('accepts a goal with wording, a unit and a target number', () => {
    expect(isMeasurable(good)).toBe(true);
  });

  it('refuses a blank goal', () => {
    expect(isMeasurable(blankGoalFields('internal'))).toBe(false);
  });

  it('refuses a goal without wording, without a unit or without a target', () => {
    expect(isMeasurable({ ...good, statement: '  ' })).toBe(false);
    expect(isMeasurable({ ...good, unit: '' })).toBe(false);
    expect(isMeasurable({ ...good, target: null })).toBe(false);
  });

  it('accepts a yes/no goal without a target number or a unit: it is met or not', () => {
    const yesNo = { ...good, direction: 'yes-no' as const, target: null, unit: 'done or not' };
    expect(isMeasurable(yesNo)).toBe(true);
    expect(isMeasurable({ ...yesNo, unit: '' })).toBe(true);
    expect(isMeasurable({ ...yesNo, unit: '', statement: '' })).toBe(false);
  });

  it('needs both ends of a range, the upper end at or above the lower', () => {
    const range = { ...good, direction: 'range' as const, target: 35, unit: 'psi' };
    expect(isMeasurable({ ...range, targetHigh: 80 })).toBe(true);
    expect(isMeasurable({ ...range, targetHigh: 35 })).toBe(true);
    expect(isMeasurable({ ...range, targetHigh: 34 })).toBe(false);
    expect(isMeasurable({ ...range, targetHigh: null })).toBe(false);
  });

  it('accepts a target of zero', () => {
    expect(isMeasurable({ ...good, target: 0 })).toBe(true);
  });
});

describe('measurable rule', () => {
  it('finds nothing when every goal can be measured', () => {
    expect(findingsOf(makeInput(tenGoodGoals()), 'measurable')).toEqual([]);
  });

  it('blocks a blank goal, naming it by number and listing what is missing', () => {
    const goals = [
      makeGoal('g1'),
      makeGoal('g2'),
      { ...blankGoalFields('internal'), area: 'regulatory' as const, id: 'g3', rev: 0 },
    ];
    expect(findingsOf(makeInput(goals), 'measurable')).toEqual([
      {
        key: 'measurable:g3',
        severity: 'blocker',
        rule: 'measurable',
        message:
          'Goal 3 (no wording yet) cannot be measured yet: it has no wording, no unit and no target number.',
        fix: 'Open the goal and write what the goal promises in one plain sentence, enter its unit (such as hours, % or calls) and enter the target number.',
        goalId: 'g3',
        area: 'regulatory',
      },
    ]);
  });

  it('names a worded goal by its number and its statement', () => {
    const [finding] = findingsOf(makeInput([makeGoal('g1', { unit: '' })]), 'measurable');
    expect(finding?.message).toBe(
      'Goal 1 (“Keep water loss at or below 15%”) cannot be measured yet: it has no unit.',
    );
    expect(finding?.fix).toBe('Open the goal and enter its unit (such as hours, % or calls).');
  });

  it('does not ask a hand-written yes/no goal for a unit', () => {
    const yesNo = makeGoal('g1', {
      statement: 'The board reviews the drought plan every year',
      direction: 'yes-no',
      target: 1,
      unit: '',
      templateId: null,
    });
    expect(findingsOf(makeInput([yesNo]), 'measurable')).toEqual([]);
    // The same goal as an at-most goal still needs one.
    const atMost = { ...yesNo, direction: 'at-most' as const };
    expect(findingsOf(makeInput([atMost]), 'measurable')[0]?.message).toContain('no unit');
  });

  it('blocks a range whose upper end is below its lower end', () => {
    const goal = makeGoal('g1', { direction: 'range', target: 35, targetHigh: 30, unit: 'psi' });
    expect(keysOf(makeInput([goal]), 'measurable')).toEqual(['measurable:g1']);
    expect(findingsOf(makeInput([goal]), 'measurable')[0]?.message).toContain(
      'an upper end below the lower one',
    );
  });

  it('shortens a very long statement in the message', () => {
    const statement = `Keep ${'very '.repeat(30)}little water lost`;
    const [finding] = findingsOf(
      makeInput([makeGoal('g1', { statement, unit: '' })]),
      'measurable',
    );
    expect(finding?.message).toMatch(/^Goal 1 \(“Keep very .{60,80}…”\) cannot be measured yet/);
  });
});
