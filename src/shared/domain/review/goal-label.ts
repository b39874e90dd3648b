import type { GoalFields } from '../goal';

// Long statements are cut so a finding stays readable in a checklist row.
const maxLength = 80;

/** How a finding names a goal: its wording in quotes, or its number when it has none yet. */
export function goalLabel(goal: Pick<GoalFields, 'statement'>, position: number): string {
  const statement = goal.statement.trim();
  if (statement === '') return `Goal ${position} (no wording yet)`;
  const shown =
    statement.length > maxLength ? `${statement.slice(0, maxLength - 1).trimEnd()}…` : statement;
  return `“${shown}”`;
}
