import type { AnnualReviewView, ReviewedGoal } from '../../shared/api/annual-review-contract';
import type { TrackedGoal } from '../../shared/api/tracking-contract';
import { decisionsOf } from '../../shared/domain/annual-review/apply-decisions';
import { reviewSuggestion } from '../../shared/domain/annual-review/review-suggestion';
import { said, type Said } from '../../shared/i18n/said';
import { meetsTarget } from '../../shared/domain/tracking/meets-target';
import type { ReviewDecision } from '../../shared/domain/tracking/review-records';
import type { Workbook } from '../../shared/domain/workbook';
import type { ComplaintLog } from '../../shared/domain/customers/complaint-log';
import { revisionPlan } from '../../shared/pdf/revision-plan';
import { reportView } from '../reports/report-inputs';

/** "3 results: 2 met, 1 missed; 1 period not measured", or "No results yet". */
function resultsSummary(count: number, met: number, missed: number, missing: number): Said {
  return said('afterVote.review.summary', {
    count,
    judged: met + missed === 0 ? 'none' : 'some',
    met: String(met),
    missed: String(missed),
    missing,
  });
}

function reviewedGoal(goal: TrackedGoal, decision: ReviewDecision | undefined): ReviewedGoal {
  const values = goal.actuals.map((actual) => actual.value);
  const judged = values.map((value) => meetsTarget(goal, value));
  const met = judged.filter((meets) => meets === true).length;
  const missed = judged.filter((meets) => meets === false).length;
  const missing = goal.missing.length;
  const { kind, text } = reviewSuggestion(goal, { values, missingPeriods: missing });
  return {
    id: goal.id,
    number: goal.number,
    kind: goal.kind,
    statement: goal.statement,
    direction: goal.direction,
    target: goal.target,
    unit: goal.unit,
    targetWords: goal.targetWords,
    canChangeTarget:
      (goal.direction === 'at-least' || goal.direction === 'at-most') && goal.target !== null,
    results: { met, missed, missing, summary: resultsSummary(values.length, met, missed, missing) },
    suggestion: { kind, text },
    decision: decision ?? null,
  };
}

/**
 * The annual review of the revision in force: each goal with its results since the approval
 * (read through the overview as the reports read it, so every result a log fills in counts too,
 * not only the newest the overview lists), the suggestion from them, the board's saved
 * decision, and what starting the next revision would do.
 */
export function annualReviewViewOf(
  workbook: Workbook,
  complaints: ComplaintLog,
  today: string,
): AnnualReviewView {
  const found = reportView(workbook, complaints, today);
  if ('problem' in found) {
    return {
      revision: null,
      approvedOn: '',
      problem: found.problem,
      drafting: null,
      goals: [],
      plan: [],
    };
  }
  const { version, view: tracking } = found;
  const { revision, approvedOn } = tracking.inForce;
  const decisions = decisionsOf(workbook.tracking.reviews, revision);
  const drafting = workbook.agreement.revision > revision ? workbook.agreement.revision : null;
  return {
    revision,
    approvedOn,
    problem: null,
    drafting,
    goals: tracking.areas.flatMap((area) =>
      area.goals.map((goal) => reviewedGoal(goal, decisions.get(goal.id))),
    ),
    plan: revisionPlan(version.content.goals, decisions),
  };
}
