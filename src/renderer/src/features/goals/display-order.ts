import type { Goal, GoalKind } from '@shared/domain/goal';
import type { GoalArea } from '@shared/domain/goal-areas';
import { numberedGoals } from '@shared/domain/goal-numbers';

/** The open goal and the area it had when its editor opened. */
export interface HeldGoal {
  id: string;
  area: GoalArea | null;
}

export interface ShownGoal {
  goal: Goal;
  /** The goal just above it in the same area, which Move up swaps it with; null when first. */
  above: string | null;
  /** The goal just below it in the same area, which Move down swaps it with; null when last. */
  below: string | null;
}

/**
 * One kind's cards in the agreement's number order (area by area, the board's order within an
 * area), so the screen reads Goal 1, 2, 3 as the printed agreement does. The open goal is placed
 * by the area it had when opened: a card never jumps away while its area is being changed, and
 * takes its new place when the editor closes.
 */
export function displayOrder(goals: readonly Goal[], kind: GoalKind, held: HeldGoal | null) {
  const placed = goals.map((goal) => ({
    id: goal.id,
    area: goal.id === held?.id ? held.area : goal.area,
    goal,
  }));
  const mine = numberedGoals(placed).filter(({ goal }) => goal.goal.kind === kind);
  return mine.map(({ goal }, index): ShownGoal => {
    const before = mine[index - 1]?.goal;
    const after = mine[index + 1]?.goal;
    return {
      goal: goal.goal,
      above: before && before.area === goal.area ? before.id : null,
      below: after && after.area === goal.area ? after.id : null,
    };
  });
}

/** The board's order of one kind's goals with two of them swapped: what Move up/down stores. */
export function swapped(goals: readonly Goal[], kind: GoalKind, a: string, b: string): string[] {
  return goals
    .filter((goal) => goal.kind === kind)
    .map((goal) => (goal.id === a ? b : goal.id === b ? a : goal.id));
}
