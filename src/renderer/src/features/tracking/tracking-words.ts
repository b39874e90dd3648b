import type { TrackedGoal } from '@shared/api/tracking-contract';
import type { GoalArea } from '@shared/domain/goal-areas';
import { listOf } from '@shared/domain/list-of';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import { monthNames, printedDate, type Language } from '@shared/domain/printed-date';
import { isPeriodKey, type PeriodKind } from '@shared/domain/tracking/periods';
import { areaTitleIn } from '@shared/pdf/area-words';
import { useMemo } from 'react';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText, type Text } from '../../i18n/use-text';

/** The catalog and the language together: what every sentence of the overview is built with. */
export interface Words {
  text: Text;
  language: Language;
}

/** The screen's words, in its language. */
export function useWords(): Words {
  const text = useText();
  const language = useScreenLanguage();
  // One object while the language stays, so memoised cards and callbacks are not redrawn.
  return useMemo(() => ({ text, language }), [text, language]);
}

/** The area's name as the agreement prints it; goals with no area come last under their own. */
export function areaHeading({ text, language }: Words, area: GoalArea | null): string {
  return area === null ? text('tracking.area.none') : areaTitleIn(area, language);
}

/** A result as a volunteer says it: "Yes", "3 working days", "14%". */
export function resultWords(
  { text, language }: Words,
  goal: Pick<TrackedGoal, 'direction' | 'unit'>,
  value: number,
): string {
  if (goal.direction === 'yes-no')
    return text(value === 0 ? 'tracking.answer.no' : 'tracking.answer.yes');
  return amountWithUnit(value, goal.unit, language);
}

/**
 * The period in words: "March 2027", "January–March 2027", "the week of March 7, 2027"; a
 * period the goal does not use (a file edited by hand) as written.
 */
export function periodWords(
  { text, language }: Words,
  kind: PeriodKind | null,
  key: string,
): string {
  if (kind === null || !isPeriodKey(kind, key)) return key;
  const [year = '', part = ''] = key.split('-');
  switch (kind) {
    case 'day':
      return text('tracking.period.as', { period: printedDate(key, language) });
    case 'week':
      return text('tracking.period.week', { day: printedDate(key, language) });
    case 'month':
      return text('tracking.period.month', { month: monthNames[language][Number(part) - 1], year });
    case 'quarter':
      return text('tracking.period.quarter', { quarter: part.slice(1), year });
    case 'year':
      return text('tracking.period.as', { period: key });
  }
}

/** The periods still owed (as the data file writes them), all named when few: "April 2027 and May 2027". */
export function missingWords(
  words: Words,
  kind: PeriodKind | null,
  missingKeys: readonly string[],
): string {
  const { text, language } = words;
  const missing = missingKeys.map((key) => periodWords(words, kind, key));
  if (missing.length <= 4 || kind === null) {
    return listOf(missing, language === 'es' ? 'y' : 'and');
  }
  const first = missing[0] ?? '';
  const last = missing.at(-1) ?? '';
  return text('tracking.missingMany', { kind, count: missing.length, first, last });
}

/** This calendar year's results against the target, or null when there are none yet. */
export function thisYearWords(
  { text }: Words,
  { met, missed }: TrackedGoal['thisYear'],
): string | null {
  if (met === 0 && missed === 0) return null;
  const said = met > 0 && missed > 0 ? 'both' : met > 0 ? 'kept' : 'missed';
  return text('tracking.thisYear', { said, met, missed });
}

/** A result with its period: "27 psi for March 2027", "5 hours on May 20, 2027", "Yes for 2027". */
export function resultForPeriod(
  words: Words,
  goal: Pick<TrackedGoal, 'direction' | 'unit' | 'periodKind'>,
  actual: { period: string; value: number },
): string {
  return words.text('tracking.resultFor', {
    kind: goal.periodKind === 'day' ? 'day' : 'other',
    result: resultWords(words, goal, actual.value),
    period: periodWords(words, goal.periodKind, actual.period),
  });
}

/** What the periods of a kind are called in a choice: "3 goals recorded by the month". */
export function kindChoiceWords({ text }: Words, kind: PeriodKind, count: number): string {
  return text('tracking.kindChoice', { kind, count });
}

/** Kept or missed in a results table, "—" when the result cannot be judged. */
export function keptWords({ text }: Words, meets: boolean | null): string {
  if (meets === null) return '—';
  return text(meets ? 'tracking.kept.yes' : 'tracking.kept.no');
}
