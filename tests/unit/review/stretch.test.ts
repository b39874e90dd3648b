import { describe, expect, it } from 'vitest';
import type { GoalFields } from '../../../src/shared/domain/goal';
import { isStretch } from '../../../src/shared/domain/review/is-stretch';
import { findingsOf, makeExternalGoal, makeGoal, makeInput } from './review-fixtures';

function fields(
  direction: GoalFields['direction'],
  target: number | null,
  baseline: number | null,
) {
  return {
    direction,
    target,
    baseline: { value: baseline, asOf: '', source: '', missingReason: '' },
  };
}

describe('isStretch', () => {
  it('at most: a target more than a quarter below today is a stretch', () => {
    expect(isStretch(fields('at-most', 10, 20))).toBe(true);
    expect(isStretch(fields('at-most', 14.9, 20))).toBe(true);
    expect(isStretch(fields('at-most', 15, 20))).toBe(false);
    expect(isStretch(fields('at-most', 18, 20))).toBe(false);
  });

  it('at most: a baseline of zero or less is never a stretch', () => {
    expect(isStretch(fields('at-most', 0, 0))).toBe(false);
    expect(isStretch(fields('at-most', -5, -1))).toBe(false);
  });

  it('at least: a target more than a quarter above today is a stretch', () => {
    expect(isStretch(fields('at-least', 48, 24))).toBe(true);
    expect(isStretch(fields('at-least', 30.1, 24))).toBe(true);
    expect(isStretch(fields('at-least', 30, 24))).toBe(false);
    expect(isStretch(fields('at-least', 20, 24))).toBe(false);
  });

  it('at least: anything above a baseline of zero is a stretch', () => {
    expect(isStretch(fields('at-least', 2, 0))).toBe(true);
    expect(isStretch(fields('at-least', 0, 0))).toBe(false);
  });

  it('yes/no: a goal not met today (baseline 0) is a stretch; one met today is not', () => {
    expect(isStretch(fields('yes-no', null, 0))).toBe(true);
    expect(isStretch(fields('yes-no', 1, 1))).toBe(false);
  });

  it('is never a stretch without a baseline or a target, or for a range', () => {
    expect(isStretch(fields('at-most', 5, null))).toBe(false);
    expect(isStretch(fields('yes-no', null, null))).toBe(false);
    expect(isStretch(fields('at-most', null, 20))).toBe(false);
    expect(isStretch(fields('at-least', null, 0))).toBe(false);
    expect(isStretch(fields('range', 35, 10))).toBe(false);
    expect(isStretch(fields(null, 2, 20))).toBe(false);
  });
});

describe('stretch rule', () => {
  it('passes a target close to today', () => {
    expect(findingsOf(makeInput([makeGoal('g1')]), 'stretch')).toEqual([]);
  });

  it('notes a big step, with both figures, and asks to budget for it', () => {
    const goal = makeGoal('g1', {
      target: 10,
      baseline: { value: 22, asOf: '2025-12-31', source: 'Audit', missingReason: '' },
    });
    expect(findingsOf(makeInput([goal]), 'stretch')).toEqual([
      {
        key: 'stretch:g1',
        severity: 'note',
        rule: 'stretch',
        message:
          'Goal 1 (“Keep water loss at or below 15%”) aims for 10%, against 22% today: a stretch well beyond the current level.',
        fix: 'Tick “Stretch goal” (under “Who set it and why”) and budget for it in the “Cost note” field: a higher level of service costs more, and the rates and reserves must pay for it.',
        goalId: 'g1',
        area: 'water-efficiency',
      },
    ]);
  });

  it('notes that starting something new needs time and money', () => {
    const goal = makeExternalGoal('g2', {
      statement: 'Hold an open house every year',
      direction: 'yes-no',
      unit: 'held or not',
      target: null,
      baseline: { value: 0, asOf: '2025-12-31', source: 'Minutes', missingReason: '' },
    });
    const [finding] = findingsOf(makeInput([goal]), 'stretch');
    expect(finding?.message).toBe(
      'Goal 1 (“Hold an open house every year”) starts something the system does not do today. Starting something new needs time and money.',
    );
    expect(finding?.fix).toContain('budget for it');
  });

  describe('once the board follows the advice', () => {
    const bigStep = {
      target: 10,
      baseline: { value: 22, asOf: '2025-12-31', source: 'Audit', missingReason: '' },
    };
    const stretchFindings = (overrides: Partial<GoalFields>) =>
      makeInput([makeGoal('g1', { ...bigStep, ...overrides })]);

    it('goes away when the goal is marked a stretch and its cost note is written', () => {
      const input = stretchFindings({ stretch: true, costNote: 'A leak survey: $4,000 a year.' });
      expect(findingsOf(input, 'stretch')).toEqual([]);
      expect(findingsOf(input, 'stretch-cost')).toEqual([]);
    });

    it('says so when the goal is marked but has no cost note yet', () => {
      const input = stretchFindings({ stretch: true, costNote: '  ' });
      expect(findingsOf(input, 'stretch')).toEqual([]);
      expect(findingsOf(input, 'stretch-cost')).toEqual([
        {
          key: 'stretch-cost:g1',
          severity: 'note',
          rule: 'stretch-cost',
          message:
            'Goal 1 (“Keep water loss at or below 15%”) is marked as a stretch goal, but its cost note is empty.',
          fix: 'Write in the “Cost note” field what reaching it will cost and how it will be paid for: a higher level of service costs more, and the rates and reserves must pay for it.',
          goalId: 'g1',
          area: 'water-efficiency',
        },
      ]);
    });

    it('still asks to mark it when only the cost note is written', () => {
      const input = stretchFindings({ costNote: 'A leak survey: $4,000 a year.' });
      expect(findingsOf(input, 'stretch')[0]?.fix).toContain('Tick “Stretch goal”');
    });

    it('asks for a cost note on any goal marked a stretch, even one the figures do not show', () => {
      const input = makeInput([makeGoal('g1', { stretch: true })]);
      expect(findingsOf(input, 'stretch')).toEqual([]);
      expect(findingsOf(input, 'stretch-cost')).toHaveLength(1);
    });
  });
});
