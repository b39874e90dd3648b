import type { Goal } from '../domain/goal';
import type { UtilityProfile } from '../domain/utility';
import { numberedGoals } from './numbered-goals';
import type { PrintableField } from './printable-fields';

/**
 * What the survey card and the tally sheet print of the board's typed text: the utility's name
 * and the external goals' wording, labelled with the agreement's goal numbers.
 */
export function surveyPrintableFields(input: {
  utility: UtilityProfile;
  goals: Goal[];
}): PrintableField[] {
  const fields: PrintableField[] = [];
  if (input.utility.name.trim() !== '')
    fields.push({ field: 'Utility name', text: input.utility.name });
  for (const { goal, number } of numberedGoals(input.goals)) {
    if (goal.kind === 'external' && goal.statement.trim() !== '') {
      fields.push({ field: `Goal ${number}, Goal`, text: goal.statement });
    }
  }
  return fields;
}
