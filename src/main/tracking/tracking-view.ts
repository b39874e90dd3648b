import type { TrackedGoal, TrackingView } from '../../shared/api/tracking-contract';
import type { RevisionCheck } from '../../shared/domain/approved/audit-records';
import { revisionProblem } from '../../shared/domain/approved/audit-records';
import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import { goalsByArea } from '../../shared/domain/goal-numbers';
import { saidEach } from '../../shared/i18n/said-each';
import { said, type Said } from '../../shared/i18n/said';
import { targetInWords } from '../../shared/pdf/target-words';
import { dueItems } from '../../shared/domain/tracking/due-items';
import { goalStanding } from '../../shared/domain/tracking/goal-standing';
import { periodSaid } from '../../shared/domain/tracking/period-words';
import {
  followingPeriod,
  periodContaining,
  type PeriodKind,
} from '../../shared/domain/tracking/periods';
import type { Actual } from '../../shared/domain/tracking/tracking-records';
import type { LoggedResult } from '../../shared/domain/tracking/logged-result';
import { resultsFromLogs, type ResultLogs } from '../../shared/domain/tracking/results-from-logs';
import type { ComplaintLog } from '../../shared/domain/customers/complaint-log';
import type { Workbook } from '../../shared/domain/workbook';
import type { HandlerDeps } from '../handler-deps';
import { auditOf } from '../services/records';
import { fromLogView } from './from-log-view';

/** The revision in force (the newest approved), or why results cannot be kept against it. */
export function inForceVersion(
  workbook: Workbook,
): { version: ApprovedVersion } | { problem: Said } {
  const newest = auditOf(workbook).revisions.reduce<RevisionCheck | null>(
    (found, check) => (!found || check.revision > found.revision ? check : found),
    null,
  );
  if (!newest) return { problem: said('afterVote.nothingApproved') };
  if (!newest.version) {
    // A check without a version is never intact, so the audit always says why.
    const why = revisionProblem(newest) ?? '';
    return { problem: said('afterVote.recordChanged', { why }) };
  }
  return { version: newest.version };
}

/** The periods a result can be recorded for on `today`, newest first, from the approval's on. */
export function periodChoices(kind: PeriodKind, approvedOn: string, today: string): string[] {
  if (kind === 'day') return [];
  const first = periodContaining(kind, approvedOn);
  const running = periodContaining(kind, today);
  const periods: string[] = [];
  for (let key = first; key <= running; key = followingPeriod(kind, key)) periods.push(key);
  return periods.reverse();
}

function byGoal(actuals: readonly Actual[], revision: number): Map<string, Actual[]> {
  const found = new Map<string, Actual[]>();
  for (const actual of actuals) {
    if (actual.revision !== revision) continue;
    const list = found.get(actual.goalId) ?? [];
    list.push(actual);
    found.set(actual.goalId, list);
  }
  for (const list of found.values()) list.sort((a, b) => a.period.localeCompare(b.period));
  return found;
}

function lastAskedOn(workbook: Workbook): string | null {
  let newest: string | null = null;
  for (const { date } of workbook.customers.outreaches) {
    if (date !== '' && (newest === null || date > newest)) newest = date;
  }
  return newest;
}

/** A log's results as the standing reads results: one per event, on the event's day. */
export function asActuals(
  goalId: string,
  revision: number,
  results: readonly LoggedResult[],
): Actual[] {
  return results.map(({ key, day, value }) => ({
    id: key,
    goalId,
    revision,
    period: day,
    value,
    source: '',
    note: '',
    recordedAt: '',
  }));
}

/** The overview from the stores as they are now: the workbook and the imported complaint log. */
export function currentTrackingView(
  deps: Pick<HandlerDeps, 'repository' | 'complaints'>,
  today: string,
): TrackingView {
  return trackingViewOf(deps.repository.read(), deps.complaints.read(), today);
}

/**
 * The overview: each goal of the revision in force with its results and standing, and what is
 * due. A goal a log answers gets its results from the log on each read, never stored
 * (results-from-logs.ts); its standing counts them with any results typed for it.
 */
export function trackingViewOf(
  workbook: Workbook,
  complaints: ComplaintLog,
  today: string,
): TrackingView {
  const inForce = inForceVersion(workbook);
  if ('problem' in inForce) {
    return { inForce: null, problem: inForce.problem, today, areas: [], due: [] };
  }
  const { version } = inForce;
  const approvedOn = version.meeting.date;
  const results = byGoal(workbook.tracking.actuals, version.revision);
  const logs: ResultLogs = { outages: workbook.tracking.outages, complaints: complaints.rows };
  const standings: {
    number: number;
    frequency: TrackedGoal['frequency'];
    standing: ReturnType<typeof goalStanding>;
  }[] = [];
  const areas = goalsByArea(version.content.goals).map(({ area, goals }) => ({
    area,
    goals: goals.map(({ number, goal }): TrackedGoal => {
      const actuals = results.get(goal.id) ?? [];
      const reading = resultsFromLogs(goal, logs, approvedOn);
      const counted = reading
        ? [...actuals, ...asActuals(goal.id, version.revision, reading.results)]
        : actuals;
      const standing = goalStanding({ goal, actuals: counted, approvedOn, today });
      standings.push({ number, frequency: goal.frequency, standing });
      const { kind } = standing;
      return {
        id: goal.id,
        number,
        kind: goal.kind,
        statement: goal.statement,
        measure: goal.measure,
        unit: goal.unit,
        direction: goal.direction,
        target: goal.target,
        targetHigh: goal.targetHigh,
        frequency: goal.frequency,
        targetWords: saidEach({
          en: targetInWords(goal, 'en'),
          es: targetInWords(goal, 'es'),
        }),
        periodKind: kind,
        status: standing.status,
        actuals,
        fromLog: reading ? fromLogView(goal, reading) : null,
        latestMeets: standing.latestMeets,
        missing: standing.missing,
        thisYear: standing.thisYear,
        periods: kind
          ? periodChoices(kind, approvedOn, today).map((key) => ({
              key,
              name: periodSaid(kind, key),
            }))
          : [],
      };
    }),
  }));
  const due = dueItems({
    goals: standings,
    nextReviewOn: version.nextReviewOn,
    utility: workbook.utility.value,
    lastAskedOn: lastAskedOn(workbook),
    approvedOn,
    today,
  });
  return {
    inForce: { revision: version.revision, approvedOn, nextReviewOn: version.nextReviewOn },
    problem: null,
    today,
    areas,
    due,
  };
}
