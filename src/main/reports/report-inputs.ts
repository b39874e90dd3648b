import type { TrackingView } from '../../shared/api/tracking-contract';
import type { ComplaintLog } from '../../shared/domain/customers/complaint-log';
import { printedDate, type Language } from '../../shared/domain/printed-date';
import { reportPeriodOf } from '../../shared/domain/tracking/period-results';
import { resultsFromLogs } from '../../shared/domain/tracking/results-from-logs';
import type { Workbook } from '../../shared/domain/workbook';
import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import type { BoardReportInput } from '../../shared/pdf/reports/board-report-document';
import type { ReportCardInput } from '../../shared/pdf/reports/report-card-document';
import type { SpanishWordings } from '../../shared/pdf/reports/goal-wording';
import { said, type Said } from '../../shared/i18n/said';
import { AppError } from '../app-error';
import {
  asActuals,
  inForceVersion,
  periodChoices,
  trackingViewOf,
} from '../tracking/tracking-view';

export type InForceView = TrackingView & { inForce: NonNullable<TrackingView['inForce']> };

/**
 * The overview on `today` with each goal's `actuals` holding every result its standing counts:
 * those typed and, for a goal a log answers, all of the log's (the overview shows only the
 * newest of them). Null with the reason when nothing is in force.
 */
export function reportView(
  workbook: Workbook,
  log: ComplaintLog,
  today: string,
): { version: ApprovedVersion; view: InForceView } | { problem: Said } {
  const inForce = inForceVersion(workbook);
  const view = trackingViewOf(workbook, log, today);
  if ('problem' in inForce || view.inForce === null) {
    return { problem: view.problem ?? said('afterVote.nothingApproved') };
  }
  const { version } = inForce;
  const logs = { outages: workbook.tracking.outages, complaints: log.rows };
  const byId = new Map(version.content.goals.map((goal) => [goal.id, goal]));
  const areas = view.areas.map(({ area, goals }) => ({
    area,
    goals: goals.map((tracked) => {
      const goal = byId.get(tracked.id);
      const reading = goal ? resultsFromLogs(goal, logs, version.meeting.date) : null;
      if (!reading) return tracked;
      const logged = asActuals(tracked.id, version.revision, reading.results);
      return { ...tracked, actuals: [...tracked.actuals, ...logged] };
    }),
  }));
  return { version, view: { ...view, inForce: view.inForce, areas } };
}

function inForceView(workbook: Workbook, log: ComplaintLog, today: string) {
  const found = reportView(workbook, log, today);
  if ('problem' in found) throw new AppError('invalid-input', found.problem);
  return found;
}

/** The board report of a quarter ("2027-Q4") or a year ("2027") since the approval. */
export function boardReportInput(
  workbook: Workbook,
  log: ComplaintLog,
  periodKey: string,
  today: string,
): BoardReportInput {
  const { version, view } = inForceView(workbook, log, today);
  const period = reportPeriodOf(periodKey);
  if (!period || !periodChoices(period.kind, view.inForce.approvedOn, today).includes(periodKey)) {
    throw new AppError(
      'invalid-input',
      `Period: choose a quarter or a year from the approval on ${printedDate(view.inForce.approvedOn)} to today.`,
      { period: 'Choose a quarter or a year since the approval.' },
    );
  }
  return {
    utility: version.content.utility.name,
    view,
    period,
    spanish: spanishWordings(version),
  };
}

/** Each approved goal's Spanish wording, for a Spanish report (the overview carries none). */
function spanishWordings(version: ApprovedVersion): SpanishWordings {
  return new Map(version.content.goals.map((goal) => [goal.id, goal.spanish]));
}

/** The years a report card can be made for: from the approval's to this one, newest first. */
export function cardYears(approvedOn: string, today: string): number[] {
  return periodChoices('year', approvedOn, today).map(Number);
}

/** The customer report card of a year since the approval, with the board's follow-ups. */
export function reportCardInput(
  workbook: Workbook,
  log: ComplaintLog,
  year: number,
  language: Language,
  today: string,
): ReportCardInput {
  const { version, view } = inForceView(workbook, log, today);
  if (!cardYears(view.inForce.approvedOn, today).includes(year)) {
    throw new AppError('invalid-input', `Year: choose a year from the approval's to this one.`, {
      year: 'Choose a year since the approval.',
    });
  }
  const kept = workbook.tracking.followUps.filter(
    (item) => item.revision === version.revision && item.year === year,
  );
  const followUps = new Map(kept.map((item) => [item.goalId, item.text]));
  const followUpsSpanish = new Map(kept.map((item) => [item.goalId, item.textSpanish]));
  return {
    utility: version.content.utility.name,
    systemType: version.content.utility.systemType,
    view,
    year,
    language,
    followUps,
    followUpsSpanish,
    spanish: spanishWordings(version),
  };
}
