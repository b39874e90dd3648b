import type { MeasureFrequency } from '../../domain/goal';
import { amountWithUnit } from '../../domain/numbers/unit-words';
import type { Language } from '../../domain/printed-date';
import type { PeriodStatus, ReportPeriod, Trend } from '../../domain/tracking/period-results';
import { isPeriodKey, type PeriodKind } from '../../domain/tracking/periods';
import { boardWordsIn, type BoardWords } from './board-report-words';
import { periodNameIn } from '../../domain/tracking/period-words';
import type { MarkKind } from './status-mark';

// The board report's sentences, made from its words (board-report-words.ts) in either language.

/** "October–December 2027" for a quarter, "the year 2027" for a year. */
export function reportPeriodWords(period: ReportPeriod, language: Language = 'en'): string {
  const words = boardWordsIn[language];
  return period.kind === 'year'
    ? words.theYear(period.key)
    : periodNameIn('quarter', period.key, language);
}

/** A status as a drawn mark and its words: never a colour alone. */
export function statusWords(
  status: PeriodStatus,
  ended: boolean,
  language: Language = 'en',
): { mark: MarkKind; words: string } {
  const words = boardWordsIn[language].statuses;
  switch (status) {
    case 'met':
    case 'on-track':
      return { mark: 'tick', words: words[status] };
    case 'not-met':
      return { mark: 'cross', words: words['not-met'] };
    case 'no-target':
      return { mark: 'dash', words: words['no-target'] };
    case 'no-data':
      return { mark: 'dash', words: ended ? words.noDataEnded : words.noDataYet };
  }
}

/** What one goal's results are counted in: "months", or "results" for a goal met at each event. */
function countNoun(
  words: BoardWords,
  kind: PeriodKind | null,
  frequency: MeasureFrequency | null,
  count: number,
): string {
  const pair = kind === null || frequency === 'each-event' ? words.nouns.result : words.nouns[kind];
  return count === 1 ? pair[0] : pair[1];
}

/**
 * The trend in words, only as far as the data goes: "3 of 4 months met the target; better than
 * the quarter before".
 */
export function trendWords(
  input: {
    met: number;
    missed: number;
    kind: PeriodKind | null;
    frequency: MeasureFrequency | null;
    reportKind: ReportPeriod['kind'];
    /** Compared with the period before, or null when there is nothing to compare with. */
    trend: Trend | null;
    /** Whether the agreement was in force in the period before. */
    previousInForce: boolean;
  },
  language: Language = 'en',
): string {
  const words = boardWordsIn[language];
  const judged = input.met + input.missed;
  if (judged === 0) return words.noneJudged;
  const noun = countNoun(words, input.kind, input.frequency, judged);
  const counted = words.counted(input.met, judged, noun);
  const before = words.before(input.reportKind);
  if (input.trend === null) {
    return input.previousInForce ? `${counted}; ${words.nothingBefore(before)}.` : `${counted}.`;
  }
  return `${counted}; ${words.trends[input.trend](before)}.`;
}

/** A result with its period: "December 2027: 10 breaks per 100 miles". */
export function resultLine(
  goal: { direction: string | null; unit: string; periodKind: PeriodKind | null },
  actual: { period: string; value: number },
  language: Language = 'en',
): string {
  const when =
    goal.periodKind !== null && isPeriodKey(goal.periodKind, actual.period)
      ? periodNameIn(goal.periodKind, actual.period, language)
      : actual.period;
  return `${when}: ${valueWords(goal, actual.value, language)}`;
}

/** A value as a volunteer says it: "Yes", "3 working days", "14%". */
export function valueWords(
  goal: { direction: string | null; unit: string },
  value: number,
  language: Language = 'en',
) {
  const words = boardWordsIn[language];
  if (goal.direction === 'yes-no') return value === 0 ? words.no : words.yes;
  return amountWithUnit(value, goal.unit, language);
}

/** Whether a result kept the target, said after it. */
export function judgedWords(meets: boolean | null, language: Language = 'en'): string {
  if (meets === null) return '';
  return meets ? boardWordsIn[language].kept : boardWordsIn[language].missed;
}
