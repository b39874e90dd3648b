import type { TrackedGoal } from '@shared/api/tracking-contract';
import { meetsTarget } from '@shared/domain/tracking/meets-target';
import { say } from '../../i18n/say';
import { periodWords, resultWords, type Words } from './tracking-words';

/** The newest results drawn: more crowd the line past reading on a laptop. */
export const chartedAtMost = 50;

/** One result on a goal's chart, typed or read from a log. */
export interface ChartPoint {
  /** Its period key (a log result: the event's day), for order. */
  period: string;
  /** The period in words: "May 2027", "May 14, 2027". */
  label: string;
  value: number;
  /** The result in words: "4.5 hours", "Yes". */
  words: string;
  meets: boolean | null;
}

/** Every result of a goal, typed and from its log, oldest first. */
export function allResults(words: Words, goal: TrackedGoal): ChartPoint[] {
  const typed = goal.actuals.map(({ period, value }) => ({ period, value }));
  const logged = (goal.fromLog?.results ?? []).map(({ day, value }) => ({ period: day, value }));
  return [...typed, ...logged]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map(({ period, value }) => ({
      period,
      label: periodWords(words, goal.periodKind, period),
      value,
      words: resultWords(words, goal, value),
      meets: meetsTarget(goal, value),
    }));
}

/** How many results the goal has in all, the log's beyond those sent counted too. */
export function resultCount(goal: TrackedGoal): number {
  return goal.actuals.length + (goal.fromLog?.count ?? 0);
}

/** The chart in words: how many, over which periods, how many kept the target, the newest. */
export function chartWords(
  { text }: Words,
  goal: TrackedGoal,
  points: readonly ChartPoint[],
): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return text('tracking.chart.none');
  const kept = points.filter((point) => point.meets === true).length;
  const missed = points.filter((point) => point.meets === false).length;
  const count = points.length;
  const span =
    first.label === last.label
      ? text('tracking.chart.spanOne', { count, first: first.label })
      : text('tracking.chart.spanMany', { count, first: first.label, last: last.label });
  const judged = points.some((point) => point.meets !== null)
    ? text('tracking.chart.judged', { kept, missed, target: say(text, goal.targetWords) })
    : null;
  const meets = last.meets === null ? 'unknown' : last.meets ? 'yes' : 'no';
  const newest = text('tracking.chart.newest', { result: last.words, meets });
  return [span, judged, newest].filter((part) => part !== null).join(' ');
}
