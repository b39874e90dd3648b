import { spanishFieldLabels, type Goal } from '../domain/goal';
import type { UtilityProfile } from '../domain/utility';
import { numberedGoals, type NumberedGoal } from './numbered-goals';
import type { PrintableField } from './printable-fields';

/** The goals the survey card asks about: the external ones with wording, in printed order. */
export function surveyGoals(goals: Goal[]): NumberedGoal[] {
  return numberedGoals(goals).filter(
    ({ goal }) => goal.kind === 'external' && goal.statement.trim() !== '',
  );
}

/**
 * What the survey card and the tally sheet print of the board's typed text: the utility's name
 * and the external goals' wording, in English and, for the Spanish card, in Spanish, labelled
 * with the agreement's goal numbers.
 */
export function surveyPrintableFields(input: {
  utility: UtilityProfile;
  goals: Goal[];
}): PrintableField[] {
  const fields: PrintableField[] = [];
  if (input.utility.name.trim() !== '')
    fields.push({ field: 'Utility name', text: input.utility.name });
  for (const { goal, number } of surveyGoals(input.goals)) {
    fields.push({ field: `Goal ${number}, Goal`, text: goal.statement });
    if (goal.spanish.statement.trim() !== '') {
      fields.push({
        field: `Goal ${number}, ${spanishFieldLabels.statement}`,
        text: goal.spanish.statement,
      });
    }
  }
  return fields;
}
