import { english } from '../../support/english-said';
import { describe, expect, it } from 'vitest';
import {
  decisionProblem,
  type DecisionEntry,
} from '../../../src/shared/domain/annual-review/decision-problem';
import type { TargetTerms } from '../../../src/shared/domain/tracking/meets-target';

const atMost9: TargetTerms = { direction: 'at-most', target: 9, targetHigh: null };
const atLeast25: TargetTerms = { direction: 'at-least', target: 25, targetHigh: null };

const entry = (changes: Partial<DecisionEntry>): DecisionEntry => ({
  choice: 'keep',
  newTarget: null,
  reason: '',
  ...changes,
});

/** The problem with its message as an English reader sees it. */
function englishProblem(...args: Parameters<typeof decisionProblem>) {
  const problem = decisionProblem(...args);
  return problem && { field: problem.field, message: english(problem.message) };
}

describe('a review decision is checked against the goal’s direction', () => {
  it('raises an "at most" goal downward and an "at least" goal upward', () => {
    expect(englishProblem(atMost9, entry({ choice: 'raise', newTarget: 7 }))).toBeNull();
    expect(englishProblem(atLeast25, entry({ choice: 'raise', newTarget: 30 }))).toBeNull();
    expect(englishProblem(atMost9, entry({ choice: 'raise', newTarget: 10 }))).toEqual({
      field: 'newTarget',
      message:
        'New target: raising an “at most” goal means a number lower than 9. Enter one, or choose lower.',
    });
    expect(englishProblem(atLeast25, entry({ choice: 'raise', newTarget: 20 }))).toEqual({
      field: 'newTarget',
      message:
        'New target: raising an “at least” goal means a number higher than 25. Enter one, or choose lower.',
    });
  });

  it('refuses the same target as a raise or a lower', () => {
    expect(englishProblem(atMost9, entry({ choice: 'raise', newTarget: 9 }))?.field).toBe(
      'newTarget',
    );
    expect(
      englishProblem(atMost9, entry({ choice: 'lower', newTarget: 9, reason: 'Costs.' }))?.field,
    ).toBe('newTarget');
  });

  it('lowers the other way, and only with a reason', () => {
    expect(
      englishProblem(atMost9, entry({ choice: 'lower', newTarget: 12, reason: 'Old pipes.' })),
    ).toBeNull();
    expect(englishProblem(atMost9, entry({ choice: 'lower', newTarget: 7, reason: 'x' }))).toEqual({
      field: 'newTarget',
      message:
        'New target: lowering an “at most” goal means a number higher than 9. Enter one, or choose raise.',
    });
    expect(englishProblem(atLeast25, entry({ choice: 'lower', newTarget: 20 }))).toEqual({
      field: 'reason',
      message:
        'Reason: say why the board is lowering this goal; the board reads it in the draft of the next revision.',
    });
  });

  it('asks for the new target of a raise or a lower', () => {
    expect(englishProblem(atMost9, entry({ choice: 'raise' }))).toEqual({
      field: 'newTarget',
      message: 'New target: enter the number to raise it to.',
    });
  });

  it('needs a reason to drop a goal, and none to keep or reword it', () => {
    expect(englishProblem(atMost9, entry({ choice: 'drop', reason: '  ' }))?.field).toBe('reason');
    expect(englishProblem(atMost9, entry({ choice: 'drop', reason: 'Done.' }))).toBeNull();
    expect(englishProblem(atMost9, entry({ choice: 'keep' }))).toBeNull();
    expect(englishProblem(atMost9, entry({ choice: 'reword' }))).toBeNull();
  });

  it('sends a yes-or-no goal or a range to reword instead of a raise', () => {
    const yes: TargetTerms = { direction: 'yes-no', target: 1, targetHigh: null };
    expect(englishProblem(yes, entry({ choice: 'raise', newTarget: 2 }))).toEqual({
      field: 'choice',
      message:
        'A yes-or-no goal has no number to raise or lower: choose reword to change it, or keep or drop.',
    });
    const range: TargetTerms = { direction: 'range', target: 35, targetHigh: 80 };
    expect(englishProblem(range, entry({ choice: 'lower', newTarget: 30 }))?.field).toBe('choice');
  });
});
