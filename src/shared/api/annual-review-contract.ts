import { z } from 'zod';
import { agreementStateSchema } from '../domain/agreement-version';
import { suggestionKinds } from '../domain/annual-review/review-suggestion';
import { goalDirections, goalKinds } from '../domain/goal';
import { notANumberMessage } from '../domain/numbers/number-messages';
import { reviewChoices, reviewDecisionSchema } from '../domain/tracking/review-records';
import { paragraphText, rowId } from '../domain/text';
import { decisionLabelKeys } from '../domain/annual-review/decision-problem';
import { fieldMessage } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { saidSchema } from '../i18n/said';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

/** One thing starting the next revision does to a goal (pdf/revision-plan.ts). */
const planItemSchema = z.strictObject({
  goalId: rowId,
  choice: z.enum(['raise', 'lower', 'drop', 'reword']),
  /** In the reader's language; the goal's statement as the board typed it. */
  text: saidSchema,
});

/** One goal of the revision in force as the annual review shows it. */
export const reviewedGoalSchema = z.strictObject({
  id: rowId,
  number: z.number().int(),
  kind: z.enum(goalKinds),
  statement: z.string(),
  direction: z.enum(goalDirections).nullable(),
  target: z.number().nullable(),
  unit: z.string(),
  /** "at most 9 breaks per 100 miles". */
  targetWords: saidSchema,
  /** Whether a raise or a lower can set a new target (an "at most" or "at least" goal). */
  canChangeTarget: z.boolean(),
  /** Its results against the revision in force, judged as the overview judges them. */
  results: z.strictObject({
    met: z.number().int(),
    missed: z.number().int(),
    /** Periods that ended with no result. */
    missing: z.number().int(),
    /** "3 results: 2 met, 1 missed; 1 period not measured". */
    summary: saidSchema,
  }),
  suggestion: z.strictObject({ kind: z.enum(suggestionKinds), text: saidSchema }),
  /** The board's decision, once saved. */
  decision: reviewDecisionSchema.nullable(),
});
export type ReviewedGoal = z.output<typeof reviewedGoalSchema>;

/** The annual review of the revision in force. */
export const annualReviewViewSchema = z.strictObject({
  /** The revision reviewed (the one in force), or null while none can be. */
  revision: z.number().int().nullable(),
  /** Its meeting's date (YYYY-MM-DD), or '' without one. */
  approvedOn: z.string(),
  /** Why there is nothing to review (nothing approved, a record changed), or null. */
  problem: saidSchema.nullable(),
  /** The next revision, when one is already being drafted: decisions are not applied to it. */
  drafting: z.number().int().nullable(),
  goals: z.array(reviewedGoalSchema),
  /** What "Start revision N+1 from these decisions" would do, goal by goal. */
  plan: z.array(planItemSchema),
});
export type AnnualReviewView = z.output<typeof annualReviewViewSchema>;

export const decisionInputSchema = z.strictObject({
  goalId: rowId,
  choice: z.enum(reviewChoices, {
    error: fieldMessage('validation.decision.choice', decisionLabelKeys.choice),
  }),
  /** The new target for a raise or a lower; ignored (kept as null) for any other choice. */
  newTarget: z
    .number({
      error: (issue) =>
        issueMessage(notANumberMessage(decisionLabelKeys.newTarget, 7, issue.input)),
    })
    .min(-1_000_000_000, fieldMessage('validation.outOfRange', decisionLabelKeys.newTarget))
    .max(1_000_000_000, fieldMessage('validation.outOfRange', decisionLabelKeys.newTarget))
    .nullable(),
  reason: paragraphText(decisionLabelKeys.reason, 1000),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

/** The annual review: a decision for each goal, and the next revision started from them. */
export const annualReviewContract = {
  'annual:get': { input: noInput, output: annualReviewViewSchema },
  /**
   * Saves the board's decision on one goal of the revision in force, replacing the one saved
   * before. Refused, naming the field, when a raise or a lower's new target does not go that
   * way for the goal's direction, or a lower or a drop has no reason. A record about the
   * approved agreement: no approval or fingerprint changes.
   */
  'annual:saveDecision': { input: decisionInputSchema, output: annualReviewViewSchema },
  /**
   * Starts revision N+1 with the decisions applied to the working goals: raised or lowered
   * targets set, dropped goals removed, goals to reword left to edit. Refused while a draft is
   * open (nothing to start).
   */
  'annual:startRevision': {
    input: noInput,
    output: z.strictObject({
      agreement: agreementStateSchema,
      /** What was done, goal by goal. */
      applied: z.array(planItemSchema),
    }),
  },
} as const satisfies AreaContract<'annual'>;
