import { z } from 'zod';
import type { Meeting, VoteOutcome } from './approval';
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

/** What the board approves, typed: the three members a fingerprint covers. */
export interface ApprovalSnapshot {
  content: AgreementContent;
  meeting: Meeting;
  outcome: VoteOutcome;
}

/**
 * An approved revision as the app shows and prints it, read from its stored record and checked
 * against its fingerprint (approved/read-approved-version.ts). The approval date is the
 * meeting's date; `recordedAt` is when the vote was entered in the app.
 */
export interface ApprovedVersion {
  revision: number;
  recordedAt: string;
  /** The next annual review, a year after the meeting (DOMAIN.md §4). */
  nextReviewOn: string;
  content: AgreementContent;
  meeting: Meeting;
  outcome: VoteOutcome;
  fingerprint: string;
  /** The exact text the fingerprint is the SHA-256 of, as stored: what the PDF carries. */
  fingerprintedText: string;
}
