import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../shared/api/contract';
import { applyDecisions, decisionsOf } from '../../shared/domain/annual-review/apply-decisions';
import {
  decisionProblem,
  takesNewTarget,
} from '../../shared/domain/annual-review/decision-problem';
import { localDate } from '../../shared/domain/local-date';
import type { ReviewDecision } from '../../shared/domain/tracking/review-records';
import { revisionPlan, type PlanItem } from '../../shared/pdf/revision-plan';
import { AppError } from '../app-error';
import { startNextRevision } from '../approval/next-revision';
import type { HandlerDeps } from '../handler-deps';
import { versionToRecord } from '../tracking/record-results';
import { annualReviewViewOf } from './annual-review-view';
import { refusal } from '../messages/refusal';

/**
 * The annual review: the board's decision on each goal of the revision in force, kept beside
 * the approved agreement (never inside it), and the next revision started from them.
 */
export function annualReviewHandlers(deps: HandlerDeps): AreaHandlers<'annual'> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const today = () => localDate(clock());
  return {
    'annual:get': () => annualReviewViewOf(repository.read(), deps.complaints.read(), today()),

    'annual:saveDecision': async (input) => {
      const decidedAt = clock().toISOString();
      await repository.update((draft, saved) => {
        const version = versionToRecord(saved);
        const goal = version.content.goals.find((candidate) => candidate.id === input.goalId);
        if (!goal) {
          const message = refusal('refusals.goalNotInForce', { revision: version.revision });
          throw new AppError('invalid-input', message, { goalId: message });
        }
        const entry = {
          choice: input.choice,
          newTarget: takesNewTarget(input.choice) ? input.newTarget : null,
          reason: input.reason,
        };
        const problem = decisionProblem(goal, entry);
        if (problem) {
          throw new AppError(
            'invalid-input',
            refusal('refusals.notSaved', { problem: problem.message }),
            {
              [problem.field]: problem.message,
            },
          );
        }
        const index = saved.tracking.reviews.findIndex(
          (decision) => decision.revision === version.revision && decision.goalId === goal.id,
        );
        const decision: ReviewDecision = {
          id: saved.tracking.reviews[index]?.id ?? randomUUID(),
          revision: version.revision,
          goalId: goal.id,
          ...entry,
          decidedAt,
        };
        if (index === -1) draft.tracking.reviews.push(decision);
        else draft.tracking.reviews[index] = decision;
      });
      return annualReviewViewOf(repository.read(), deps.complaints.read(), today());
    },

    'annual:startRevision': async () => {
      let applied: PlanItem[] = [];
      const saved = await repository.update((draft, before) => {
        const version = versionToRecord(before);
        if (before.agreement.revision !== version.revision) {
          throw new AppError(
            'conflict',
            refusal('refusals.alreadyDrafting', { revision: before.agreement.revision }),
          );
        }
        startNextRevision(draft, before);
        const decisions = decisionsOf(before.tracking.reviews, version.revision);
        applied = revisionPlan(version.content.goals, decisions);
        draft.goals = applyDecisions(draft.goals, decisions);
      });
      return { agreement: saved.agreement, applied };
    },
  };
}
