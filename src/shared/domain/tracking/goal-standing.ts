import type { MeasureFrequency } from '../goal';
import { meetsTarget, type TargetTerms } from './meets-target';
import {
  endedPeriodsSince,
  isPeriodKey,
  periodFirstDay,
  periodHasEnded,
  periodKindOf,
  type PeriodKind,
} from './periods';
import type { Actual } from './tracking-records';

/**
 * Where a goal stands (docs/data-format.md, "The year after the vote"):
 * - `due`: the newest period that has ended since the approval has no result yet;
 * - `no-data`: no result, and nothing owed yet;
 * - `not-met`: the newest result misses the target;
 * - `on-track`: it keeps the target, for a goal measured daily to quarterly (the year is judged
 *   when it is over);
 * - `met`: it keeps the target, for a goal measured yearly or less often, or at each event.
 */
export const goalStatuses = ['met', 'not-met', 'on-track', 'no-data', 'due'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export interface TrackedGoal extends TargetTerms {
  frequency: MeasureFrequency | null;
}

export interface GoalStanding {
  status: GoalStatus;
  /** The periods results are kept by, or null when the goal says not how often it is measured. */
  kind: PeriodKind | null;
  /** The newest result by period, or null. */
  latest: Actual | null;
  /** Whether the newest result keeps the target; null without a result or a target. */
  latestMeets: boolean | null;
  /** Periods that have ended with no result, oldest first. */
  missing: string[];
  /** This calendar year's results: how many kept the target and how many missed it. */
  thisYear: { met: number; missed: number };
}

export interface StandingInput {
  goal: TrackedGoal;
  /** This goal's results against this revision, in any order. */
  actuals: readonly Actual[];
  /** The meeting's date (YYYY-MM-DD): results are owed from its period on. */
  approvedOn: string;
  /** YYYY-MM-DD, the local day. */
  today: string;
}

function newest(actuals: readonly Actual[]): Actual | null {
  let found: Actual | null = null;
  for (const actual of actuals) if (!found || actual.period > found.period) found = actual;
  return found;
}

/** The periods owed and not recorded; a goal measured every 2–3 years owes one every 3 years. */
function missingPeriods(input: StandingInput, kind: PeriodKind, latest: Actual | null): string[] {
  const { goal, actuals, approvedOn, today } = input;
  if (goal.frequency === 'each-event') return [];
  if (goal.frequency === 'every-2-3-years') {
    const windowEnd = String(
      latest ? Number(latest.period) + 3 : Number(approvedOn.slice(0, 4)) + 2,
    );
    return periodHasEnded('year', windowEnd, today) ? [windowEnd] : [];
  }
  const recorded = new Set(actuals.map((actual) => actual.period));
  return endedPeriodsSince(kind, approvedOn, today).filter((period) => !recorded.has(period));
}

function statusOf(
  input: StandingInput,
  kind: PeriodKind,
  latest: Actual | null,
  latestMeets: boolean | null,
  missing: string[],
): GoalStatus {
  const owedNow = missing.at(-1);
  const newestEnded =
    input.goal.frequency === 'every-2-3-years'
      ? owedNow
      : endedPeriodsSince(kind, input.approvedOn, input.today).at(-1);
  if (owedNow !== undefined && owedNow === newestEnded) return 'due';
  if (latestMeets === null) return 'no-data';
  if (!latestMeets) return 'not-met';
  const judgedLater = kind !== 'year' && input.goal.frequency !== 'each-event';
  return judgedLater ? 'on-track' : 'met';
}

export function goalStanding(given: StandingInput): GoalStanding {
  const { goal, today } = given;
  const thisYear = { met: 0, missed: 0 };
  if (!goal.frequency) {
    const latest = newest(given.actuals);
    const latestMeets = latest ? meetsTarget(goal, latest.value) : null;
    const status = latestMeets === null ? 'no-data' : latestMeets ? 'met' : 'not-met';
    return { status, kind: null, latest, latestMeets, missing: [], thisYear };
  }
  const kind = periodKindOf(goal.frequency);
  // A result whose period is not one of the goal's (a file edited by hand) is not counted.
  const actuals = given.actuals.filter((actual) => isPeriodKey(kind, actual.period));
  const input = { ...given, actuals };
  const latest = newest(actuals);
  const latestMeets = latest ? meetsTarget(goal, latest.value) : null;
  for (const actual of actuals) {
    if (periodFirstDay(kind, actual.period).slice(0, 4) !== today.slice(0, 4)) continue;
    const meets = meetsTarget(goal, actual.value);
    if (meets === true) thisYear.met += 1;
    if (meets === false) thisYear.missed += 1;
  }
  const missing = missingPeriods(input, kind, latest);
  const status = statusOf(input, kind, latest, latestMeets, missing);
  return { status, kind, latest, latestMeets, missing, thisYear };
}
