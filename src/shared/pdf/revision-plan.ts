import type { GoalFields } from '../domain/goal';
import { goalNumbers } from '../domain/goal-numbers';
import type { ReviewChoice, ReviewDecision } from '../domain/tracking/review-records';
import { said, type Said } from '../i18n/said';
import { saidEach } from '../i18n/said-each';
import { targetInWords } from './target-words';

type PlannedGoal = GoalFields & { id: string };

/** One thing starting the next revision does to a goal, in the words the confirmation lists. */
export interface PlanItem {
  goalId: string;
  choice: Exclude<ReviewChoice, 'keep'>;
  text: Said;
}

/** A target in words in each language: in Spanish with the unit the board wrote in Spanish. */
function targetSaid(goal: PlannedGoal): Said {
  return saidEach({ en: targetInWords(goal, 'en'), es: targetInWords(goal, 'es') });
}

/**
 * The sentence for one decision. The statement is the board's English as typed, as the annual
 * review's rows show it on either screen.
 */
function planText(goal: PlannedGoal, number: number, decision: ReviewDecision): Said {
  const which = { number, statement: goal.statement };
  switch (decision.choice) {
    case 'drop':
      return said('previews.plan.drop', which);
    case 'raise':
    case 'lower':
      return said('previews.plan.target', {
        ...which,
        choice: decision.choice,
        from: targetSaid(goal),
        to: targetSaid({ ...goal, target: decision.newTarget }),
      });
    default:
      return said('previews.plan.reword', { ...which, step: goal.kind === 'internal' ? 3 : 5 });
  }
}

/**
 * What starting the next revision from the decisions does, goal by goal in the agreement's
 * order: a raised or lowered target set, a dropped goal removed, a goal to reword left as it is
 * for the board to edit. A kept goal, or one with no decision, is left as it is and not listed.
 */
export function revisionPlan(
  goals: readonly PlannedGoal[],
  decisions: ReadonlyMap<string, ReviewDecision>,
): PlanItem[] {
  const numbers = goalNumbers(goals);
  const items: { number: number; item: PlanItem }[] = [];
  for (const goal of goals) {
    const decision = decisions.get(goal.id);
    if (!decision || decision.choice === 'keep') continue;
    const { choice } = decision;
    const number = numbers.get(goal.id) ?? 0;
    const text = planText(goal, number, decision);
    items.push({ number, item: { goalId: goal.id, choice, text } });
  }
  return items.sort((a, b) => a.number - b.number).map(({ item }) => item);
}
