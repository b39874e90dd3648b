import type { GoalFields } from '../domain/goal';
import { goalNumbers } from '../domain/goal-numbers';
import type { ReviewChoice, ReviewDecision } from '../domain/tracking/review-records';
import { targetInWords } from './target-words';

type PlannedGoal = GoalFields & { id: string };

/** One thing starting the next revision does to a goal, in the words the confirmation lists. */
export interface PlanItem {
  goalId: string;
  choice: Exclude<ReviewChoice, 'keep'>;
  text: string;
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
    const which = `Goal ${number}, “${goal.statement}”`;
    const text =
      choice === 'drop'
        ? `${which}: dropped from the new revision.`
        : choice === 'reword'
          ? `${which}: left as it is, for you to reword in step ${goal.kind === 'internal' ? 3 : 5}.`
          : `${which}: target ${choice === 'raise' ? 'raised' : 'lowered'} from ${targetInWords(goal)} to ${targetInWords({ ...goal, target: decision.newTarget })}.`;
    items.push({ number, item: { goalId: goal.id, choice, text } });
  }
  return items.sort((a, b) => a.number - b.number).map(({ item }) => item);
}
