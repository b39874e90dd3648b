import type { MeasureFrequency } from '../../domain/goal';
import { amountWithUnit } from '../../domain/numbers/unit-words';
import type { PeriodStatus, ReportPeriod, Trend } from '../../domain/tracking/period-results';
import { isPeriodKey, periodName, type PeriodKind } from '../../domain/tracking/periods';
import type { MarkKind } from './status-mark';

/** The board report's fixed words (English: it is the board's working paper). */
export const boardWords = {
  kicker: 'REPORT TO THE BOARD',
  title: 'How we kept our service goals',
  utility: 'Utility',
  revision: 'Agreement in force',
  approvedOn: 'Approved by the board on',
  period: 'Period',
  madeOn: 'Prepared on',
  summary: 'In this period',
  goals: 'Goals',
  target: 'Target',
  status: 'Status',
  results: 'Results',
  trend: 'Trend',
  noResults: 'No results recorded in this period.',
  /**
   * A goal with more results than a page holds (a daily goal's year): how many, how many kept
   * and missed, then the misses themselves; every result is in the spreadsheet export.
   */
  manyResults: (total: number, kept: number, missed: number) =>
    `${total} results: ${kept} kept the target, ${missed} missed it. Every result is in the spreadsheet export.`,
  missedOnes: 'The misses: ',
  noChart: 'No results to chart.',
  /** The chart's key, said in words so it reads in black and white. */
  chartKey: {
    target: 'Dashed line: the target.',
    range: 'Dashed lines: the ends of the target range.',
    dots: 'Filled dot: kept it. Hollow dot: missed it.',
    many: 'The line joins the results; hollow dots mark the misses.',
    noTarget: 'Squares: results with no target to judge them by.',
  },
  areaNotChosen: 'Area not chosen yet',
  revisionNumber: (revision: number) => `Revision ${revision}`,
  running: (today: string) => `This period is not over yet: results recorded up to ${today}.`,
  scale: (low: string, high: string) => `Chart scale: ${low} at the bottom to ${high} at the top.`,
  footer: (period: string) => `Report to the board, ${period}`,
} as const;

/** "October–December 2027" for a quarter, "the year 2027" for a year. */
export function reportPeriodWords(period: ReportPeriod): string {
  return period.kind === 'year' ? `the year ${period.key}` : periodName('quarter', period.key);
}

/** A status as a drawn mark and its words: never a colour alone. */
export function statusWords(
  status: PeriodStatus,
  ended: boolean,
): { mark: MarkKind; words: string } {
  switch (status) {
    case 'met':
      return { mark: 'tick', words: 'Met' };
    case 'on-track':
      return { mark: 'tick', words: 'On track so far' };
    case 'not-met':
      return { mark: 'cross', words: 'Not met' };
    case 'no-target':
      return { mark: 'dash', words: 'No target to judge results by' };
    case 'no-data':
      return { mark: 'dash', words: ended ? 'No results recorded' : 'No results yet' };
  }
}

/** The summary counts on the cover: "2 kept", "1 missed", "0 with no results". */
export const summaryLabels = {
  kept: 'kept (met or on track)',
  missed: 'missed',
  noData: 'with no results',
  noTarget: 'with no target',
} as const;

const nouns: Record<PeriodKind, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['year', 'years'],
};

/** What one goal's results are counted in: "months", or "results" for a goal met at each event. */
function countNoun(kind: PeriodKind | null, frequency: MeasureFrequency | null, count: number) {
  const pair = kind === null || frequency === 'each-event' ? ['result', 'results'] : nouns[kind];
  return count === 1 ? pair[0] : pair[1];
}

/**
 * The trend in words, only as far as the data goes: "3 of 4 months met the target; better than
 * the quarter before".
 */
export function trendWords(input: {
  met: number;
  missed: number;
  kind: PeriodKind | null;
  frequency: MeasureFrequency | null;
  reportKind: ReportPeriod['kind'];
  /** Compared with the period before, or null when there is nothing to compare with. */
  trend: Trend | null;
  /** Whether the agreement was in force in the period before. */
  previousInForce: boolean;
}): string {
  const judged = input.met + input.missed;
  if (judged === 0) return 'No results judged against the target in this period.';
  const counted = `${input.met} of ${judged} ${countNoun(input.kind, input.frequency, judged)} met the target`;
  const before = `the ${input.reportKind} before`;
  if (input.trend === null) {
    return input.previousInForce
      ? `${counted}; no results ${before} to compare with.`
      : `${counted}.`;
  }
  const compared = {
    better: `better than ${before}`,
    worse: `worse than ${before}`,
    same: `the same share as ${before}`,
  }[input.trend];
  return `${counted}; ${compared}.`;
}

/** A result with its period: "December 2027: 10 breaks per 100 miles". */
export function resultLine(
  goal: { direction: string | null; unit: string; periodKind: PeriodKind | null },
  actual: { period: string; value: number },
): string {
  const when =
    goal.periodKind !== null && isPeriodKey(goal.periodKind, actual.period)
      ? periodName(goal.periodKind, actual.period)
      : actual.period;
  return `${when}: ${valueWords(goal, actual.value)}`;
}

/** A value as a volunteer says it: "Yes", "3 working days", "14%". */
export function valueWords(goal: { direction: string | null; unit: string }, value: number) {
  if (goal.direction === 'yes-no') return value === 0 ? 'No' : 'Yes';
  return amountWithUnit(value, goal.unit);
}

/** Whether a result kept the target, said after it. */
export function judgedWords(meets: boolean | null): string {
  if (meets === null) return '';
  return meets ? ' (kept)' : ' (missed)';
}
