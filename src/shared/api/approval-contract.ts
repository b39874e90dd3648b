import { z } from 'zod';
import { agreementStateSchema } from '../domain/agreement-version';
import { meetingSchema, voteOutcomeSchema } from '../domain/approval';
import { findingSchema } from '../domain/review-finding';
import { issueMessage } from '../i18n/issue-said';
import { saidSchema } from '../i18n/said';
import { reviewSettingsSchema } from '../domain/review-settings';
import { revSchema, versioned } from '../domain/versioned';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

const reviewRecord = versioned(reviewSettingsSchema);

/** What changed since the revision in force, in words (pdf/revision-changes.ts). */
export const revisionChangesSchema = z.strictObject({
  since: z.number().int(),
  goals: z.array(
    z.strictObject({
      change: z.enum(['added', 'dropped', 'changed']),
      number: z.number().int(),
      formerNumber: z.number().int().nullable(),
      statement: z.string(),
      details: z.array(z.string()),
    }),
  ),
  mission: z.strictObject({ before: z.string(), after: z.string() }).nullable(),
});

/** The review step's view: the board's settings and the findings computed from everything. */
export const reviewSchema = z.strictObject({
  settings: reviewRecord,
  findings: z.array(findingSchema),
  /**
   * While a new revision is drafted: how it differs from the one in force, as the English and
   * the Spanish draft print it (the screen shows its language's); otherwise null.
   */
  changes: z.strictObject({ en: revisionChangesSchema, es: revisionChangesSchema }).nullable(),
});
export type Review = z.output<typeof reviewSchema>;

/** One approved version as the app lists it. */
export const versionSummarySchema = z.strictObject({
  revision: z.number().int(),
  /** The board meeting's date (YYYY-MM-DD): the date it was approved. */
  meetingDate: z.string(),
  /** When the vote was recorded in the app (an ISO timestamp). */
  recordedAt: z.string(),
  /** The fingerprint kept with it: the one printed on the board's paper copy. */
  fingerprint: z.string(),
  /** The first 16 hex digits in groups of four, as printed in every footer. */
  shortFingerprint: z.string(),
  resolutionNumber: z.string(),
  /**
   * The vote's outcome said from the stored tally, in the reader's language (the stored English
   * summary is what was approved); null when the record cannot be read (see `problem`).
   */
  outcomeSummary: saidSchema.nullable(),
  /** The newest approved revision is the one in force; older ones were superseded. */
  inForce: z.boolean(),
  /** Why it cannot be shown or printed as approved (changed after approval…), or null. */
  problem: saidSchema.nullable(),
});
export type VersionSummary = z.output<typeof versionSummarySchema>;

/** Steps 7 and 8: the meeting, the computed outcome, and why approval would be refused now. */
export const approvalViewSchema = z.strictObject({
  agreement: agreementStateSchema,
  meeting: versioned(meetingSchema),
  outcome: voteOutcomeSchema,
  /** Plain reasons approval is refused right now, said on screen; empty when it can approve. */
  blockers: z.array(saidSchema),
  /** Set when the meeting date is after today: approving then needs a confirmation. */
  meetingAfterToday: saidSchema.nullable(),
  versions: z.array(versionSummarySchema),
  /** What is wrong with the records on this computer (changed behind the app's back). */
  problems: z.array(saidSchema),
});
export type ApprovalView = z.output<typeof approvalViewSchema>;

/** What "Check a PDF file" found, in one plain sentence and a verdict for the command line. */
export const pdfCheckSchema = z.strictObject({
  verdict: z.enum(['matches', 'changed-here', 'unknown-here', 'altered', 'unreadable']),
  message: z.string(),
  /** The revision on this computer it is (matches, changed-here), or null. */
  revision: z.number().int().nullable(),
  /** The fingerprint of the record attached to the PDF, when it has one. */
  fingerprint: z.string().nullable(),
});
export type PdfCheck = z.output<typeof pdfCheckSchema>;

/** A PDF is at most a few megabytes; this leaves room for one with many pages. */
export const maxCheckedPdfBytes = 20 * 1024 * 1024;

/** Steps 6 to 8: the review, the board's vote, and checking an approved copy. */
export const approvalContract = {
  /** The review checklist (step 6) and the board's floors and reasons. */
  'review:get': { input: noInput, output: reviewSchema },
  /** Saves the floors and reasons if `rev` is the stored revision; answers the new review. */
  'review:save': {
    input: z.strictObject({ rev: revSchema, value: reviewSettingsSchema }),
    output: reviewSchema,
  },
  /** Step 7: the meeting record, the vote outcome and anything that stops approval. */
  'approval:get': { input: noInput, output: approvalViewSchema },
  /** Saves the meeting record if `rev` is the stored revision. */
  'approval:saveMeeting': {
    input: z.strictObject({ rev: revSchema, value: meetingSchema }),
    output: approvalViewSchema,
  },
  /** Approves and freezes the working copy; refused with the reasons while any blocker stands. */
  'approval:approve': {
    input: z
      .strictObject({
        /** The user confirmed that the vote is recorded for a meeting dated after today. */
        meetingAfterTodayConfirmed: z.boolean(),
      })
      .optional(),
    output: approvalViewSchema,
  },
  /** Copies the approved agreement into a new draft with the revision number raised. */
  'approval:newRevision': { input: noInput, output: approvalViewSchema },
  /** Finds the approved version whose fingerprint starts with what was typed from paper. */
  'approval:checkCopy': {
    input: z.strictObject({ fingerprint: z.string().max(100) }),
    output: z.strictObject({ match: versionSummarySchema.nullable() }),
  },
  /**
   * Checks an agreement PDF against its own printed fingerprint and the revisions approved
   * here: the bytes from a file input (browser mode), or `{ pick: true }` for main's open
   * dialog (desktop; answers null when the dialog is cancelled).
   */
  'approval:checkPdf': {
    input: z.union([
      z.strictObject({
        pdfBase64: z
          .string()
          .max(
            Math.ceil(maxCheckedPdfBytes / 3) * 4,
            issueMessage('validation.api.checkedPdfTooLarge'),
          ),
      }),
      z.strictObject({ pick: z.literal(true) }),
    ]),
    output: pdfCheckSchema.nullable(),
    body: 'file',
  },
} as const satisfies AreaContract<'review' | 'approval'>;
