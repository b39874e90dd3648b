import { englishLabels } from '../../i18n/field-label';
import { said, type Said } from '../../i18n/said';
import { formatNumber } from '../numbers/number-text';
import type { TargetTerms } from '../tracking/meets-target';
import type { ReviewChoice } from '../tracking/review-records';

/** Each field of a review decision, named once: the screen's labels and the messages say it so. */
export const decisionLabelKeys = {
  choice: 'validation.label.decision.choice',
  newTarget: 'validation.label.decision.newTarget',
  reason: 'validation.label.decision.reason',
} as const;
export const decisionLabels = englishLabels(decisionLabelKeys);

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
  message: Said;
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
  const label = said(decisionLabelKeys.newTarget);
  const { direction, target } = goal;
  if (direction !== 'at-least' && direction !== 'at-most') {
    const how = direction === 'yes-no' ? 'yesNo' : 'range';
    return { field: 'choice', message: said('validation.decision.notANumber', { how }) };
  }
  if (target === null) {
    return {
      field: 'choice',
      message: said('validation.decision.noTarget'),
    };
  }
  if (newTarget === null) {
    return { field, message: said('validation.decision.enterNumber', { label, choice }) };
  }
  const values = {
    label,
    direction: direction === 'at-least' ? 'atLeast' : 'atMost',
    was: formatNumber(target),
  };
  if (choice === 'raise' && !promisesMore(direction, target, newTarget)) {
    return {
      field,
      message: said('validation.decision.raiseWrongWay', values),
    };
  }
  if (choice === 'lower' && !promisesMore(direction, newTarget, target)) {
    return {
      field,
      message: said('validation.decision.lowerWrongWay', values),
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
    return {
      field: 'reason',
      message: said('validation.decision.reasonNeeded', {
        label: said(decisionLabelKeys.reason),
        choice: entry.choice,
      }),
    };
  }
  return null;
}
