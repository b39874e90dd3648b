import type { GoalFields } from '../domain/goal';
import { amountWithUnit } from '../domain/numbers/unit-words';
import { printedDate, type Language } from '../domain/printed-date';

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
 * chosen yet)"; in Spanish a known unit is translated
 * ("como máximo 1 día hábil").
 */
export function targetInWords(
  goal: Pick<GoalFields, 'direction' | 'target' | 'targetHigh' | 'unit'>,
  language: Language = 'en',
): string {
  const say = words[language];
  const { direction, target, targetHigh, unit } = goal;
  if (direction === 'yes-no') return target === 0 ? say.no : say.yes;
  if (target === null) return say.notSet;
  // A draft's goal whose direction is not chosen: the number alone, never a guessed "at most".
  if (direction === null) return say.noDirection(amountWithUnit(target, unit, language));
  if (direction === 'range') {
    if (targetHigh === null) return say.from(amountWithUnit(target, unit, language));
    return say.between(
      amountWithUnit(target, '', language),
      amountWithUnit(targetHigh, unit, language),
    );
  }
  return `${direction === 'at-most' ? say.atMost : say.atLeast} ${amountWithUnit(target, unit, language)}`;
}

/** Today's level: "10 hours (as of December 31, 2025)", or why there is none yet. */
export function baselineInWords(
  goal: Pick<GoalFields, 'baseline' | 'direction' | 'unit'>,
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
      : amountWithUnit(value, goal.unit, language);
  return asOf === '' ? amount : `${amount} (${say.asOf} ${printedDate(asOf, language)})`;
}
