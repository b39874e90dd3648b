import type { GoalFields } from '../domain/goal';
import type { Language } from '../domain/printed-date';
import { unitIn } from '../domain/spanish/goal-wording';
import type { Passage } from '../domain/spanish/passage';
import { baselineInWords, targetInWords } from './target-words';

type TargetFields = Pick<GoalFields, 'direction' | 'target' | 'targetHigh' | 'unit' | 'spanish'>;
type BaselineFields = TargetFields & Pick<GoalFields, 'baseline'>;

/** The goal with the unit a paper in `language` says: a typed Spanish unit wins. */
function withPrintedUnit<Goal extends Pick<GoalFields, 'unit' | 'spanish'>>(
  goal: Goal,
  language: Language,
): Goal {
  const typed = goal.spanish.unit.trim();
  return language === 'es' && typed !== '' ? { ...goal, unit: typed } : goal;
}

/** Whether a figure printed for the goal carries a unit the Spanish paper says in English. */
function unitInEnglish(
  goal: Pick<GoalFields, 'direction' | 'unit' | 'spanish'>,
  language: Language,
): boolean {
  return goal.direction !== 'yes-no' && unitIn(goal, language).inEnglish;
}

/**
 * The target as a paper in `language` prints it, its unit in the board's Spanish or the
 * glossary's; marked as English when neither says the unit ("como máximo 3 widgets").
 */
export function targetPassage(goal: TargetFields, language: Language): Passage {
  return {
    text: targetInWords(withPrintedUnit(goal, language), language),
    inEnglish: goal.target !== null && unitInEnglish(goal, language),
  };
}

/** Today's level as a paper in `language` prints it, marked as the target is. */
export function baselinePassage(goal: BaselineFields, language: Language): Passage {
  return {
    text: baselineInWords(withPrintedUnit(goal, language), language),
    inEnglish: goal.baseline.value !== null && unitInEnglish(goal, language),
  };
}
