import type { MissedGoal } from '../../src/shared/api/report-contract';
import type { FromLog } from '../../src/shared/api/tracking-contract';
import type { Said } from '../../src/shared/i18n/said';
import { sayIn } from '../../src/shared/i18n/say-in';

const english = (words: Said) => sayIn(words, 'en');

/** A log-fed goal's source as an English window shows it: every sentence said in English. */
export function fromLogInEnglish(fromLog: FromLog | null | undefined) {
  if (!fromLog) return null;
  return {
    ...fromLog,
    origin: english(fromLog.origin),
    howToAdd: english(fromLog.howToAdd),
    results: fromLog.results.map((result) => ({ ...result, what: english(result.what) })),
    notCounted: fromLog.notCounted.map(english),
    years: fromLog.years.map(english),
    caveat: fromLog.caveat && english(fromLog.caveat),
  };
}

/** A goal missed in a year as the English reports screen shows it. */
export function missedInEnglish(goal: MissedGoal) {
  return { ...goal, targetWords: english(goal.targetWords), result: english(goal.result) };
}
