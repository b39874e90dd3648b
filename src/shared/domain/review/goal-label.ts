import { said, type Said } from '../../i18n/said';
import type { GoalFields } from '../goal';

// Long statements are cut so a finding stays readable in a checklist row.
const maxLength = 80;

/**
 * How a finding names a goal: its number, the same as on the goal's card and in the printed
 * agreement (goal-numbers.ts), and its wording in quotes, or "no wording yet".
 */
export function goalLabel(goal: Pick<GoalFields, 'statement'>, number: number): Said {
  const statement = goal.statement.trim();
  if (statement === '') return said('findings.goal.noWording', { number });
  const shown =
    statement.length > maxLength ? `${statement.slice(0, maxLength - 1).trimEnd()}…` : statement;
  return said('findings.goal.label', { number, statement: shown });
}
