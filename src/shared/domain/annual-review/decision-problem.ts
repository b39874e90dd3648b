import { formatNumber } from '../numbers/number-text';
import type { TargetTerms } from '../tracking/meets-target';
import type { ReviewChoice } from '../tracking/review-records';

/** Each field of a review decision, named once: the screen's labels and the messages say it so. */
export const decisionLabels = {
  choice: 'Decision',
  newTarget: 'New target',
  reason: 'Reason',
} as const;

/** A decision as the board enters it for one goal. */
export interface DecisionEntry {
  choice: ReviewChoice;
  newTarget: number | null;
  reason: string;
}

/** What a decision is checked against: how the goal's target works, and the target. */
export type GoalTarget = Pick<TargetTerms, 'direction' | 'target'>;

export interface DecisionProblem {
  field: keyof typeof decisionLabels;
  message: string;
}

/** Whether a choice sets a new target. */
export function takesNewTarget(choice: ReviewChoice): boolean {
  return choice === 'raise' || choice === 'lower';
}

/** Whether a choice must say why: the board owes its customers a reason to promise less. */
export function needsReason(choice: ReviewChoice): boolean {
  return choice === 'lower' || choice === 'drop';
}

/**
 * Raising a goal promises more: a higher number for "at least", a lower one for "at most"
 * (DOMAIN.md: the target's direction says which way is better).
 */
function promisesMore(direction: 'at-least' | 'at-most', from: number, to: number): boolean {
  return direction === 'at-least' ? to > from : to < from;
}

function newTargetProblem(goal: GoalTarget, entry: DecisionEntry): DecisionProblem | null {
  const { choice, newTarget } = entry;
  const field = 'newTarget';
  const { direction, target } = goal;
  if (direction !== 'at-least' && direction !== 'at-most') {
    const how =
      direction === 'yes-no'
        ? 'A yes-or-no goal has no number to raise or lower'
        : 'A range has two ends';
    return { field: 'choice', message: `${how}: choose reword to change it, or keep or drop.` };
  }
  if (target === null) {
    return {
      field: 'choice',
      message: 'This goal has no target to raise or lower: choose reword to give it one.',
    };
  }
  if (newTarget === null) {
    return { field, message: `${decisionLabels.newTarget}: enter the number to ${choice} it to.` };
  }
  const was = formatNumber(target);
  const better = direction === 'at-least' ? 'higher' : 'lower';
  const worse = direction === 'at-least' ? 'lower' : 'higher';
  const goalWords = `an “${direction === 'at-least' ? 'at least' : 'at most'}” goal`;
  if (choice === 'raise' && !promisesMore(direction, target, newTarget)) {
    return {
      field,
      message: `${decisionLabels.newTarget}: raising ${goalWords} means a number ${better} than ${was}. Enter one, or choose lower.`,
    };
  }
  if (choice === 'lower' && !promisesMore(direction, newTarget, target)) {
    return {
      field,
      message: `${decisionLabels.newTarget}: lowering ${goalWords} means a number ${worse} than ${was}. Enter one, or choose raise.`,
    };
  }
  return null;
}

/** Why a decision cannot be saved for this goal, naming the field and the fix; null when it can. */
export function decisionProblem(goal: GoalTarget, entry: DecisionEntry): DecisionProblem | null {
  if (takesNewTarget(entry.choice)) {
    const problem = newTargetProblem(goal, entry);
    if (problem) return problem;
  }
  if (needsReason(entry.choice) && entry.reason.trim() === '') {
    const what = entry.choice === 'drop' ? 'dropping' : 'lowering';
    return {
      field: 'reason',
      message: `${decisionLabels.reason}: say why the board is ${what} this goal; the board reads it in the draft of the next revision.`,
    };
  }
  return null;
}
