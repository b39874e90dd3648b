import { importanceItems, importanceKey } from '../domain/customers/card-questions';
import type { Goal } from '../domain/goal';
import type { GoalArea } from '../domain/goal-areas';
import type { Language } from '../domain/printed-date';
import { wordedSystemType } from '../domain/service-words';
import type { Passage } from '../domain/spanish/passage';
import { statementIn } from '../domain/spanish/goal-wording';
import type { SystemType } from '../domain/utility';
import { surveyCardWords } from './survey-card-words';
import { surveyGoals } from './survey-printable-fields';

/** One line of the importance question: its stored key and the words the card prints. */
export interface ImportanceLine {
  key: string;
  passage: Passage;
}

/**
 * The lines of "How important is each one to you?", as the card prints them and the entry
 * screen offers them: the board's external goals as typed, or without any the areas it chose.
 */
export function importanceLines(input: {
  goals: Goal[];
  areas: readonly GoalArea[];
  systemType: SystemType | null;
  language: Language;
}): ImportanceLine[] {
  const external = surveyGoals(input.goals).map(({ goal }) => goal);
  const byId = new Map(external.map((goal) => [goal.id, goal]));
  const areaWords = surveyCardWords[input.language].areas[wordedSystemType(input.systemType)];
  const items = importanceItems(
    external.map((goal) => goal.id),
    input.areas,
  );
  return items.map((item) => ({
    key: importanceKey(item),
    passage:
      item.kind === 'goal'
        ? statementIn(byId.get(item.goalId)!, input.language)
        : { text: areaWords[item.area], inEnglish: false },
  }));
}
