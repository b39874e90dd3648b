import { z } from 'zod';
import { meetingSchema, voteOutcomeSchema } from './approval';
import { customerFeedbackContentSchema } from './customers/customer-feedback-content';
import { goalFieldsSchema } from './goal';
import { reviewSettingsSchema } from './review-settings';
import { scopeSchema } from './scope';
import { rowId } from './text';
import { utilityProfileSchema } from './utility';

/** The working copy is a draft until the board approves it; then it is frozen. */
export const agreementStatuses = ['draft', 'approved'] as const;

export const agreementStateSchema = z.strictObject({
  /** 1 for the first agreement; "Start a new revision" raises it. */
  revision: z.number().int().min(1),
  status: z.enum(agreementStatuses),
});
export type AgreementState = z.output<typeof agreementStateSchema>;

/** What the board approved: the agreement's content, without storage details such as rev. */
export const agreementContentSchema = z.strictObject({
  revision: z.number().int().min(1),
  utility: utilityProfileSchema,
  scope: scopeSchema,
  goals: z.array(goalFieldsSchema.extend({ id: rowId })),
  reviewSettings: reviewSettingsSchema,
  /**
   * Absent in versions approved before step 4 existed; optional so their stored content, and so
   * their fingerprints, stay exactly as approved.
   */
  customerFeedback: customerFeedbackContentSchema.optional(),
});
export type AgreementContent = z.output<typeof agreementContentSchema>;

/** A frozen, approved version: the content, the vote, and the fingerprint over both. */
export const approvedVersionSchema = z.strictObject({
  revision: z.number().int().min(1),
  approvedAt: z.string(),
  /** The next annual review, a year after the meeting (DOMAIN.md §4). */
  nextReviewOn: z.string(),
  content: agreementContentSchema,
  meeting: meetingSchema,
  outcome: voteOutcomeSchema,
  /** SHA-256 of the canonical form of { content, meeting, outcome }, 64 lowercase hex digits. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ApprovedVersion = z.output<typeof approvedVersionSchema>;
