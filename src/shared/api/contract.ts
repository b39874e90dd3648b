import { z } from 'zod';
import { agreementStateSchema } from '../domain/agreement-version';
import { meetingSchema, voteOutcomeSchema } from '../domain/approval';
import { goalKinds, goalSchema } from '../domain/goal';
import { goalInputFieldsSchema } from '../domain/goal-input';
import { goalTemplateSchema } from '../domain/goal-template';
import { findingSchema } from '../domain/review-finding';
import { reviewSettingsSchema } from '../domain/review-settings';
import { rowId } from '../domain/text';
import { scopeSchema } from '../domain/scope';
import { utilityProfileSchema } from '../domain/utility';
import { wizardStateSchema } from '../domain/wizard';
import { revSchema, versioned } from '../domain/versioned';
import { customerContract } from './customer-contract';
import { exportResultSchema } from './export-result';
import type { MethodName } from './methods';
import type { Result } from './result';

const noInput = z.undefined({ error: 'This method takes no input.' });

/** Something the user should be told once, such as a restore from backup at start-up. */
export const noticeSchema = z.strictObject({
  /** 'error' is for records that cannot be trusted: shown in red until the cause is gone. */
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type Notice = z.output<typeof noticeSchema>;

export const appStatusSchema = z.strictObject({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['desktop', 'browser']),
  notices: z.array(noticeSchema),
});
export type AppStatus = z.output<typeof appStatusSchema>;

const utilityRecord = versioned(utilityProfileSchema);
const reviewRecord = versioned(reviewSettingsSchema);

/** The review step's view: the board's settings and the findings computed from everything. */
export const reviewSchema = z.strictObject({
  settings: reviewRecord,
  findings: z.array(findingSchema),
});
export type Review = z.output<typeof reviewSchema>;

/** A deleted goal and where it stood, so Undo can put it back in place. */
export const deletedGoalSchema = z.strictObject({
  goal: goalSchema,
  index: z.number().int().min(0),
});
export type DeletedGoal = z.output<typeof deletedGoalSchema>;

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
  outcomeSummary: z.string(),
  /** The newest approved revision is the one in force; older ones were superseded. */
  inForce: z.boolean(),
  /** Why it cannot be shown or printed as approved (changed after approval…), or null. */
  problem: z.string().nullable(),
});
export type VersionSummary = z.output<typeof versionSummarySchema>;

/** Steps 7 and 8: the meeting, the computed outcome, and why approval would be refused now. */
export const approvalViewSchema = z.strictObject({
  agreement: agreementStateSchema,
  meeting: versioned(meetingSchema),
  outcome: voteOutcomeSchema,
  /** Plain reasons approval is refused right now; empty when the board can approve. */
  blockers: z.array(z.string()),
  /** Set when the meeting date is after today: approving then needs a confirmation. */
  meetingAfterToday: z.string().nullable(),
  versions: z.array(versionSummarySchema),
  /** What is wrong with the records on this computer (changed behind the app's back). */
  problems: z.array(z.string()),
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

/** Which version to print: an approved revision, or null for the current draft. */
const revisionChoice = z.number().int().min(1).nullable();

/** Typed text the PDF fonts cannot draw, found before export so nothing vanishes silently. */
export const unprintableSchema = z.strictObject({
  /** Where it was typed, in the user's words: "Goal 3, What customers said". */
  field: z.string(),
  characters: z.string(),
});
export type Unprintable = z.output<typeof unprintableSchema>;
const scopeRecord = versioned(scopeSchema);

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** The one API contract. Both transports, the preload and the renderer's client derive from it. */
export const contract = {
  /** Version, mode and start-up notices (for example which backup was restored). */
  'app:status': { input: noInput, output: appStatusSchema },
  /** Step 1: the utility, its board, operators and planning team. */
  'utility:get': { input: noInput, output: utilityRecord },
  /** Saves step 1 if `rev` is the stored revision; answers the new record. */
  'utility:save': {
    input: z.strictObject({ rev: revSchema, value: utilityProfileSchema }),
    output: utilityRecord,
  },
  /** Step 2: goal areas, mission and boundaries. */
  'scope:get': { input: noInput, output: scopeRecord },
  /** Saves step 2 if `rev` is the stored revision; answers the new record. */
  'scope:save': {
    input: z.strictObject({ rev: revSchema, value: scopeSchema }),
    output: scopeRecord,
  },
  /** Where the user is in the wizard, so the app reopens there. */
  'wizard:get': { input: noInput, output: wizardStateSchema },
  /** Remembers the step on screen; last write wins. */
  'wizard:setStep': { input: wizardStateSchema, output: wizardStateSchema },
  /** The goal template library shipped with the app. */
  'templates:list': { input: noInput, output: z.array(goalTemplateSchema) },
  /** Every goal, internal and external, in the board's order. */
  'goals:list': { input: noInput, output: z.array(goalSchema) },
  /** Adds a goal at the end of its kind's list; answers it with its new id. */
  'goals:add': { input: z.strictObject({ fields: goalInputFieldsSchema }), output: goalSchema },
  /** Saves one goal if `rev` is its stored revision. */
  'goals:update': {
    input: z.strictObject({ id: rowId, rev: revSchema, fields: goalInputFieldsSchema }),
    output: goalSchema,
  },
  /** Deletes a goal; answers it and its place so the user can undo. */
  'goals:delete': { input: z.strictObject({ id: rowId }), output: deletedGoalSchema },
  /** Puts a deleted goal back where it stood (Undo). */
  'goals:restore': { input: deletedGoalSchema, output: goalSchema },
  /** Sets the order of one kind's goals; `ids` must name exactly that kind's goals. */
  'goals:reorder': {
    input: z.strictObject({ kind: z.enum(goalKinds), ids: z.array(rowId).max(200) }),
    output: z.array(goalSchema),
  },
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
            'The file is larger than 20 MB: choose the agreement PDF itself.',
          ),
      }),
      z.strictObject({ pick: z.literal(true) }),
    ]),
    output: pdfCheckSchema.nullable(),
  },
  /** Lists typed characters the PDF fonts cannot print, before an export. */
  'export:check': {
    input: z.strictObject({
      revision: revisionChoice,
      /** Which documents will print: the agreement (the default) or step 4's survey forms. */
      document: z.enum(['agreement', 'survey-forms']).default('agreement'),
    }),
    output: z.strictObject({ unprintable: z.array(unprintableSchema) }),
  },
  /** The agreement PDF: the draft (watermarked) or an approved revision. */
  'export:agreementPdf': {
    input: z.strictObject({ revision: revisionChoice }),
    output: exportResultSchema,
  },
  /** The one-page customer summary of an approved revision, in English or Spanish. */
  'export:customerSummaryPdf': {
    input: z.strictObject({ revision: z.number().int().min(1), language: z.enum(['en', 'es']) }),
    output: exportResultSchema,
  },
  /** Opens the file just saved in the system's PDF viewer, to print (desktop only). */
  'export:openSaved': { input: noInput, output: z.strictObject({ opened: z.boolean() }) },
  ...customerContract,
} as const satisfies Record<MethodName, MethodSpec>;

type Contract = typeof contract;
/** What a caller passes (before parsing). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing: trimmed, cleaned). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the renderer sees: every method, answering a Result. */
export type Api = {
  [M in MethodName]: undefined extends MethodInput<M>
    ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
    : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * What main implements for one method: parsed input in, the output or a promise of it; may throw
 * an AppError (the dispatcher turns a throw or a rejection into a failed Result alike).
 */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** What main implements: every method. */
export type Handlers = { [M in MethodName]: Handler<M> };
