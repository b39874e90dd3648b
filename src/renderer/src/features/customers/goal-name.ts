import type { Goal } from '../../../../shared/domain/goal';

/** "External goal 2: Water back on within 8 hours", as pickers and lists name a goal. */
export function goalName(goal: Goal, index: number): string {
  const statement = goal.statement.trim() === '' ? '(no wording yet)' : goal.statement;
  return `External goal ${index + 1}: ${statement}`;
}
