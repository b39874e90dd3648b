import type { GoalFields } from '../goal';
import type { Language } from '../printed-date';
import type { Scope } from '../scope';
import type { FollowUp } from '../tracking/review-records';
import { amountWithUnit } from '../numbers/unit-words';
import { spanishUnitForms } from './unit-glossary';
import type { Passage } from './passage';

/** The board's text for a paper in `language`: the Spanish when written, else the English, marked. */
function wordingIn(english: string, spanish: string, language: Language): Passage {
  if (language === 'en') return { text: english, inEnglish: false };
  if (spanish.trim() !== '') return { text: spanish, inEnglish: false };
  // Nothing to say in either language is not English on a Spanish page.
  return { text: english, inEnglish: english.trim() !== '' };
}

/** The goal's statement as the paper in `language` prints it. */
export function statementIn(
  goal: Pick<GoalFields, 'statement' | 'spanish'>,
  language: Language,
): Passage {
  return wordingIn(goal.statement, goal.spanish.statement, language);
}

/** What the goal measures, as the paper in `language` prints it. */
export function measureIn(
  goal: Pick<GoalFields, 'measure' | 'spanish'>,
  language: Language,
): Passage {
  return wordingIn(goal.measure, goal.spanish.measure, language);
}

/** The unit: typed Spanish, else the built-in glossary, else the English unit (inEnglish). */
export function unitIn(goal: Pick<GoalFields, 'unit' | 'spanish'>, language: Language): Passage {
  if (language === 'en' || goal.spanish.unit.trim() !== '') {
    return wordingIn(goal.unit, goal.spanish.unit, language);
  }
  const known = spanishUnitForms(goal.unit);
  if (known !== null) return { text: known.other, inEnglish: false };
  return wordingIn(goal.unit, '', language);
}

/** The mission as the paper in `language` prints it. */
export function missionIn(
  scope: Pick<Scope, 'mission' | 'missionSpanish'>,
  language: Language,
): Passage {
  return wordingIn(scope.mission, scope.missionSpanish, language);
}

/**
 * A figure with the goal's unit, agreeing with it, as the paper in `language` prints it: "1 día
 * hábil", "3 roturas por cada 100 millas al año". A typed Spanish unit wins over the glossary
 * (unitIn); a unit with neither prints as the board typed it.
 */
export function amountIn(
  value: number,
  goal: Pick<GoalFields, 'unit' | 'spanish'>,
  language: Language,
): string {
  const typed = goal.spanish.unit.trim();
  return amountWithUnit(value, language === 'es' && typed !== '' ? typed : goal.unit, language);
}

/** What the utility will do about a miss, as the report card in `language` prints it. */
export function followUpIn(
  followUp: Pick<FollowUp, 'text' | 'textSpanish'>,
  language: Language,
): Passage {
  return wordingIn(followUp.text, followUp.textSpanish, language);
}
