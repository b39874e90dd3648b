import type { Said } from '../../i18n/said';
import type { Finding, FindingSeverity } from '../review-finding';
import type { Goal } from '../goal';
import { numberedGoals } from '../goal-numbers';
import { goalLabel } from './goal-label';
import type { ReviewInput, ReviewRule } from './review-input';
import type { GoalRuleId } from './rule-ids';

/** What a goal check reports; the rule name, key and links are filled in by perGoal. */
export interface GoalProblem {
  severity: FindingSeverity;
  message: Said;
  fix: Said;
}

export interface GoalContext {
  goal: Goal;
  /** "Goal 3 (“Keep water loss low”)" or "Goal 3 (no wording yet)". */
  label: Said;
  input: ReviewInput;
}

/** A rule that looks at each goal alone; the finding links to the goal with the key `rule:goalId`. */
export function perGoal(
  rule: GoalRuleId,
  check: (context: GoalContext) => GoalProblem | null,
): ReviewRule {
  return (input) =>
    numberedGoals(input.goals).flatMap(({ goal, number }): Finding[] => {
      const problem = check({ goal, label: goalLabel(goal, number), input });
      if (problem === null) return [];
      return [{ key: `${rule}:${goal.id}`, rule, goalId: goal.id, area: goal.area, ...problem }];
    });
}
