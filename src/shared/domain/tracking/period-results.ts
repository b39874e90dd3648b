import { meetsTarget, type TargetTerms } from './meets-target';
import {
  isPeriodKey,
  periodFirstDay,
  periodHasEnded,
  periodLastDay,
  type PeriodKind,
} from './periods';
import type { Actual } from './tracking-records';

/** The stretch a report covers: a calendar quarter or a year. */
export interface ReportPeriod {
  kind: 'quarter' | 'year';
  /** As the data file writes it: "2027-Q4", "2027". */
  key: string;
}

/** A goal as the reports need it: its target terms, how its results are kept, its results. */
export interface PeriodGoal extends TargetTerms {
  periodKind: PeriodKind | null;
  actuals: readonly Actual[];
}

/**
 * Where a goal stands over a report's period: `met` when every result of an ended period kept the
 * target, `on-track` when every result so far did in a period still running, `not-met` when any
 * missed, `no-data` without a result, `no-target` when results have no target to be held to.
 */
export type PeriodStatus = 'met' | 'not-met' | 'on-track' | 'no-data' | 'no-target';

export interface JudgedResult {
  actual: Actual;
  meets: boolean | null;
}

export interface PeriodStanding {
  status: PeriodStatus;
  /** The results whose period falls within the report's, oldest first. */
  results: JudgedResult[];
  met: number;
  missed: number;
  /** Whether the report's period is over on the day the report is made. */
  ended: boolean;
}

/** A report period from its key, or null when the key is neither a year nor a quarter. */
export function reportPeriodOf(key: string): ReportPeriod | null {
  if (isPeriodKey('year', key)) return { kind: 'year', key };
  if (isPeriodKey('quarter', key)) return { kind: 'quarter', key };
  return null;
}

/** The kind a stored result's period is written in, when the goal does not say (no frequency). */
function kindOfKey(key: string): PeriodKind | null {
  const kinds: PeriodKind[] = ['year', 'quarter', 'month', 'day'];
  return kinds.find((kind) => isPeriodKey(kind, key)) ?? null;
}

/**
 * A goal's results within the period, oldest first: each result whose own period overlaps it
 * (a yearly result shows in each of its year's quarters).
 */
export function resultsInPeriod(goal: PeriodGoal, period: ReportPeriod): Actual[] {
  const first = periodFirstDay(period.kind, period.key);
  const last = periodLastDay(period.kind, period.key);
  return goal.actuals
    .filter((actual) => {
      const kind =
        goal.periodKind !== null && isPeriodKey(goal.periodKind, actual.period)
          ? goal.periodKind
          : kindOfKey(actual.period);
      if (kind === null) return false;
      return (
        periodFirstDay(kind, actual.period) <= last && periodLastDay(kind, actual.period) >= first
      );
    })
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** Where the goal stands over the period on `today` (YYYY-MM-DD). */
export function periodStanding(
  goal: PeriodGoal,
  period: ReportPeriod,
  today: string,
): PeriodStanding {
  const results = resultsInPeriod(goal, period).map((actual) => ({
    actual,
    meets: meetsTarget(goal, actual.value),
  }));
  const met = results.filter((result) => result.meets === true).length;
  const missed = results.filter((result) => result.meets === false).length;
  const ended = periodHasEnded(period.kind, period.key, today);
  const status: PeriodStatus =
    results.length === 0
      ? 'no-data'
      : missed > 0
        ? 'not-met'
        : met === 0
          ? 'no-target'
          : ended
            ? 'met'
            : 'on-track';
  return { status, results, met, missed, ended };
}

/** The period of the same kind just before. */
export function previousReportPeriod(period: ReportPeriod): ReportPeriod {
  if (period.kind === 'year') return { kind: 'year', key: String(Number(period.key) - 1) };
  const [year, quarter] = [Number(period.key.slice(0, 4)), Number(period.key.slice(6))];
  return { kind: 'quarter', key: quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}` };
}

export type Trend = 'better' | 'worse' | 'same';

/**
 * Whether the share of results keeping the target rose or fell from the period before; null
 * when either period has no result judged against the target (nothing to compare).
 */
export function trendFrom(current: PeriodStanding, previous: PeriodStanding): Trend | null {
  const judged = (standing: PeriodStanding) => standing.met + standing.missed;
  if (judged(current) === 0 || judged(previous) === 0) return null;
  const now = current.met / judged(current);
  const before = previous.met / judged(previous);
  if (now === before) return 'same';
  return now > before ? 'better' : 'worse';
}
