import { describe, expect, it } from 'vitest';
import { findingsOf, keysOf, makeGoal, makeInput } from './review-fixtures';

const noBaseline = { value: null, asOf: '', source: '', missingReason: '' };

describe('baseline rule', () => {
  it('passes a goal with a baseline value, even zero', () => {
    const goals = [makeGoal('g1'), makeGoal('g2', { baseline: { ...noBaseline, value: 0 } })];
    expect(findingsOf(makeInput(goals), 'baseline')).toEqual([]);
  });

  it('passes a goal that says why it has no baseline', () => {
    const goal = makeGoal('g1', {
      baseline: {
        ...noBaseline,
        missingReason: 'Repair dates were not logged; the log starts in January.',
      },
    });
    expect(findingsOf(makeInput([goal]), 'baseline')).toEqual([]);
  });

  it('warns about a goal with neither a baseline nor a reason', () => {
    const goal = makeGoal('g1', { baseline: noBaseline });
    expect(findingsOf(makeInput([goal]), 'baseline')).toEqual([
      {
        key: 'baseline:g1',
        severity: 'warning',
        rule: 'baseline',
        message:
          "Goal 1 (“Keep water loss at or below 15%”) has no baseline: today's level is not recorded, and no reason is given.",
        fix: "Enter today's value and where it comes from, or write why there is no baseline yet (for example, that measuring starts this year).",
        goalId: 'g1',
        area: 'water-efficiency',
      },
    ]);
  });

  it('does not count a reason of only spaces', () => {
    const goal = makeGoal('g1', { baseline: { ...noBaseline, missingReason: '   ' } });
    expect(keysOf(makeInput([goal]), 'baseline')).toEqual(['baseline:g1']);
  });
});
