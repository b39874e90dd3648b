import type { AgreementContent } from '../domain/agreement-version';
import { goalAreas, type GoalArea } from '../domain/goal-areas';

export type AgreementGoal = AgreementContent['goals'][number];

export interface NumberedGoal {
  /** The goal's number in the printed agreement, counted through the areas in order. */
  number: number;
  goal: AgreementGoal;
}

export interface AreaGoals {
  area: GoalArea;
  goals: NumberedGoal[];
}

/**
 * The goals grouped by area in the guidance's order, keeping the board's order within an area,
 * numbered 1, 2, 3 … down the printed page. Every document and every field label uses this
 * numbering, so "Goal 3" means the same goal everywhere.
 */
export function goalsByArea(goals: readonly AgreementGoal[]): AreaGoals[] {
  let number = 0;
  const groups: AreaGoals[] = [];
  for (const area of goalAreas) {
    const inArea = goals.filter((goal) => goal.area === area);
    if (inArea.length === 0) continue;
    groups.push({ area, goals: inArea.map((goal) => ({ number: ++number, goal })) });
  }
  return groups;
}

export function numberedGoals(goals: readonly AgreementGoal[]): NumberedGoal[] {
  return goalsByArea(goals).flatMap((group) => group.goals);
}
