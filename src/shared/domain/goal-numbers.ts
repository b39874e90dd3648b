import { goalAreas, type GoalArea } from './goal-areas';

/** What numbering needs of a goal: which it is and its area (null until the board chooses). */
export interface NumberableGoal {
  id: string;
  area: GoalArea | null;
}

export interface NumberedGoal<G extends NumberableGoal = NumberableGoal> {
  /** The goal's number, the same on every screen and in every document. */
  number: number;
  goal: G;
}

export interface AreaGoals<G extends NumberableGoal = NumberableGoal> {
  /** Null for the goals whose area is not chosen yet: they come last (decision 28). */
  area: GoalArea | null;
  goals: NumberedGoal<G>[];
}

/**
 * The goals grouped by area in the guidance's order, keeping the board's order within an area,
 * numbered 1, 2, 3 … across the whole agreement, internal and external together: the order the
 * agreement prints them in. Goals with no area yet follow, in the board's order.
 */
export function goalsByArea<G extends NumberableGoal>(goals: readonly G[]): AreaGoals<G>[] {
  let number = 0;
  const groups: AreaGoals<G>[] = [];
  for (const area of [...goalAreas, null]) {
    const inArea = goals.filter((goal) => goal.area === area);
    if (inArea.length === 0) continue;
    groups.push({ area, goals: inArea.map((goal) => ({ number: ++number, goal })) });
  }
  return groups;
}

/** The goals in printed order, each with its number. */
export function numberedGoals<G extends NumberableGoal>(goals: readonly G[]): NumberedGoal<G>[] {
  return goalsByArea(goals).flatMap((group) => group.goals);
}

/** Each goal's number by its id, for a screen that lists goals in another order. */
export function goalNumbers(goals: readonly NumberableGoal[]): Map<string, number> {
  return new Map(numberedGoals(goals).map(({ number, goal }) => [goal.id, number]));
}
