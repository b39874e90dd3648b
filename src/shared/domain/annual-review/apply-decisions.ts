import type { GoalFields } from '../goal';
import type { ReviewDecision } from '../tracking/review-records';

type PlannedGoal = GoalFields & { id: string };

/** The decisions of one revision by goal. */
export function decisionsOf(
  decisions: readonly ReviewDecision[],
  revision: number,
): Map<string, ReviewDecision> {
  return new Map(
    decisions
      .filter((decision) => decision.revision === revision)
      .map((decision) => [decision.goalId, decision]),
  );
}

/** The working goals with the decisions applied: new targets set, dropped goals removed. */
export function applyDecisions<G extends PlannedGoal & { rev: number }>(
  goals: readonly G[],
  decisions: ReadonlyMap<string, ReviewDecision>,
): G[] {
  const kept: G[] = [];
  for (const goal of goals) {
    const decision = decisions.get(goal.id);
    if (decision?.choice === 'drop') continue;
    const changesTarget =
      (decision?.choice === 'raise' || decision?.choice === 'lower') && decision.newTarget !== null;
    kept.push(changesTarget ? { ...goal, target: decision.newTarget, rev: goal.rev + 1 } : goal);
  }
  return kept;
}

/**
 * The board's reason for each goal it decided on, as it typed it: "What changed" prints it under
 * the goal, introduced in the paper's language (revision-changes.ts).
 */
export function reasonsByGoal(decisions: ReadonlyMap<string, ReviewDecision>): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const [goalId, decision] of decisions) {
    if (decision.reason.trim() !== '') reasons.set(goalId, decision.reason.trim());
  }
  return reasons;
}
