import type { Goal } from '@shared/domain/goal';
import { goalNumbers } from '@shared/domain/goal-numbers';
import type { Text } from '../../i18n/use-text';

/**
 * "Goal 3: Water back on within 8 hours", as pickers and lists name a goal: its number among
 * all the agreement's goals (goal-numbers.ts), the same as on its card and in the PDF.
 */
export function goalName(text: Text, goal: Goal, goals: readonly Goal[]): string {
  const statement =
    goal.statement.trim() === '' ? text('customers.goal.noWording') : goal.statement;
  return text('customers.goal.name', {
    number: String(goalNumbers(goals).get(goal.id) ?? '?'),
    statement,
  });
}
