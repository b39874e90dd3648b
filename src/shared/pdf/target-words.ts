import { emptySpanishWording, type GoalFields } from '../domain/goal';
import { amountWithUnit } from '../domain/numbers/unit-words';
import { printedDate, type Language } from '../domain/printed-date';
import { amountIn } from '../domain/spanish/goal-wording';

/**
 * What the words need of a goal. The Spanish wording is optional so a caller that has only the
 * English fields (a screen, a test) still works: it then reads as nothing written in Spanish.
 */
type WordedGoal<Key extends keyof GoalFields> = Pick<GoalFields, Key> &
  Partial<Pick<GoalFields, 'spanish'>>;

/** The figure with the goal's unit: in Spanish, a unit typed in Spanish wins over the glossary. */
function amountOf(value: number, goal: WordedGoal<'unit'>, language: Language): string {
  return amountIn(
    value,
    { unit: goal.unit, spanish: goal.spanish ?? emptySpanishWording },
    language,
  );
}

const words = {
  en: {
    yes: 'yes',
    no: 'no',
    notSet: 'not set yet',
    atMost: 'at most',
    atLeast: 'at least',
    between: (low: string, high: string) => `between ${low} and ${high}`,
    from: (low: string) => `at least ${low} (upper end not set yet)`,
    noDirection: (amount: string) => `${amount} (at most, at least or a range: not chosen yet)`,
    notRecorded: 'not recorded yet',
    noneYet: 'none yet',
    asOf: 'as of',
  },
  es: {
    yes: 'sí',
    no: 'no',
    notSet: 'aún sin fijar',
    atMost: 'como máximo',
    atLeast: 'como mínimo',
    between: (low: string, high: string) => `entre ${low} y ${high}`,
    from: (low: string) => `como mínimo ${low} (límite superior aún sin fijar)`,
    noDirection: (amount: string) => `${amount} (máximo, mínimo o rango: aún sin elegir)`,
    notRecorded: 'aún sin medir',
    noneYet: 'aún no hay',
    asOf: 'al',
  },
} as const;

/**
 * The target in words with its unit agreeing with the number: "at most 8 hours", "at most 1
 * working day", "between 35 and 80 psi", "yes", "8 hours (at most, at least or a range: not
 * chosen yet)"; in Spanish the unit the board wrote in Spanish, else the glossary's ("como
 * máximo 1 día hábil"), else the English unit as typed (spanish/goal-wording.ts, unitIn).
 */
export function targetInWords(
  goal: WordedGoal<'direction' | 'target' | 'targetHigh' | 'unit'>,
  language: Language = 'en',
): string {
  const say = words[language];
  const { direction, target, targetHigh } = goal;
  if (direction === 'yes-no') return target === 0 ? say.no : say.yes;
  if (target === null) return say.notSet;
  // A draft's goal whose direction is not chosen: the number alone, never a guessed "at most".
  if (direction === null) return say.noDirection(amountOf(target, goal, language));
  if (direction === 'range') {
    if (targetHigh === null) return say.from(amountOf(target, goal, language));
    return say.between(amountWithUnit(target, '', language), amountOf(targetHigh, goal, language));
  }
  return `${direction === 'at-most' ? say.atMost : say.atLeast} ${amountOf(target, goal, language)}`;
}

/** Today's level: "10 hours (as of December 31, 2025)", or why there is none yet. */
export function baselineInWords(
  goal: WordedGoal<'baseline' | 'direction' | 'unit'>,
  language: Language = 'en',
): string {
  const say = words[language];
  const { value, asOf, missingReason } = goal.baseline;
  if (value === null) {
    return missingReason === '' ? say.notRecorded : `${say.noneYet}: ${missingReason}`;
  }
  const amount =
    goal.direction === 'yes-no'
      ? value === 0
        ? say.no
        : say.yes
      : amountOf(value, goal, language);
  return asOf === '' ? amount : `${amount} (${say.asOf} ${printedDate(asOf, language)})`;
}
