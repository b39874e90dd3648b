import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';
import { saidSchema } from '../i18n/said';
import { goalAreas } from '../domain/goal-areas';
import { goalDirections, goalKinds, measureFrequencies } from '../domain/goal';
import { rowId } from '../domain/text';
import { dueKinds } from '../domain/tracking/due-items';
import { resultLogs } from '../domain/tracking/log-fed-goals';
import { goalStatuses } from '../domain/tracking/goal-standing';
import { periodKinds } from '../domain/tracking/periods';
import { actualSchema } from '../domain/tracking/tracking-records';
import { resultEntrySchema } from '../domain/tracking/csv/result-entry';
import {
  resultColumnChoicesSchema,
  resultColumnMappingSchema,
} from '../domain/tracking/csv/result-columns';
import { resultsPreviewSchema } from '../domain/tracking/csv/results-preview';
import { csvFileSchema } from './csv-file';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

const periodChoiceSchema = z.strictObject({ key: z.string(), name: saidSchema });

/** One result read from a log (tracking/logged-result.ts), never stored: worked out on each read. */
const loggedResultSchema = z.strictObject({
  key: z.string(),
  /** The day the event began or the complaint came in (YYYY-MM-DD). */
  day: z.string(),
  /** In the goal's unit. */
  value: z.number(),
  /** The event in words. */
  what: saidSchema,
  meets: z.boolean().nullable(),
});

/** Where a goal fed by a log gets its results (tracking/results-from-logs.ts). */
const fromLogSchema = z.strictObject({
  log: z.enum(resultLogs),
  /** "From the outage log". */
  origin: saidSchema,
  /** Where its results come from and how to add to that log, in a sentence or two. */
  howToAdd: saidSchema,
  /** How many results the log gives; `results` holds the newest of them, oldest first. */
  count: z.number().int(),
  results: z.array(loggedResultSchema),
  /** The log's events without a figure, in words, oldest first (the first of them). */
  notCounted: z.array(saidSchema),
  notCountedCount: z.number().int(),
  /** A complaint goal's years in words: "In 2028: 5 of 6 answered within the target (83%)…". */
  years: z.array(saidSchema),
  /** What the figures cannot know (holidays), or null. */
  caveat: saidSchema.nullable(),
});
export type FromLog = z.output<typeof fromLogSchema>;
export type LoggedResultView = z.output<typeof loggedResultSchema>;

/** One approved goal as the overview shows it: its promise, its results and where it stands. */
export const trackedGoalSchema = z.strictObject({
  id: rowId,
  /** Its number in the approved agreement. */
  number: z.number().int(),
  kind: z.enum(goalKinds),
  statement: z.string(),
  measure: z.string(),
  unit: z.string(),
  direction: z.enum(goalDirections).nullable(),
  target: z.number().nullable(),
  targetHigh: z.number().nullable(),
  frequency: z.enum(measureFrequencies).nullable(),
  /** The target in words: "at most 9 main breaks", in the goal's Spanish unit in Spanish. */
  targetWords: saidSchema,
  periodKind: z.enum(periodKinds).nullable(),
  status: z.enum(goalStatuses),
  /** Its typed results against the revision in force, oldest period first. */
  actuals: z.array(actualSchema),
  /** Results read from a log, for a library goal a log answers; null for typed results only. */
  fromLog: fromLogSchema.nullable(),
  latestMeets: z.boolean().nullable(),
  /** Ended periods with no result, oldest first, as the data file writes them ("2027-11"). */
  missing: z.array(z.string()),
  thisYear: z.strictObject({ met: z.number().int(), missed: z.number().int() }),
  /**
   * The periods a result can be recorded for now, newest first: the one running and every one
   * since the approval. Empty for a goal measured by the day: any day from the approval on.
   */
  periods: z.array(periodChoiceSchema),
});
export type TrackedGoal = z.output<typeof trackedGoalSchema>;

export const dueItemSchema = z.strictObject({
  kind: z.enum(dueKinds),
  date: z.string(),
  overdue: z.boolean(),
  text: saidSchema,
});

/** The approved agreement through the year: where each goal stands and what is due. */
export const trackingViewSchema = z.strictObject({
  /** The revision in force, or null while nothing is approved (or it cannot be trusted). */
  inForce: z
    .strictObject({
      revision: z.number().int(),
      /** The meeting's date (YYYY-MM-DD). */
      approvedOn: z.string(),
      nextReviewOn: z.string(),
    })
    .nullable(),
  /** Why results cannot be recorded now (nothing approved, a record changed), or null. */
  problem: saidSchema.nullable(),
  /** The day (YYYY-MM-DD) the standings were worked out for. */
  today: z.string(),
  areas: z.array(
    z.strictObject({ area: z.enum(goalAreas).nullable(), goals: z.array(trackedGoalSchema) }),
  ),
  due: z.array(dueItemSchema),
});
export type TrackingView = z.output<typeof trackingViewSchema>;

/** One result as typed or read from a file (tracking/csv/result-entry.ts). */
export const actualEntrySchema = resultEntrySchema;
export type ActualEntry = z.input<typeof actualEntrySchema>;

/** A results file open in main; made by `tracking:openCsv`, so never typed by a user. */
const resultsFileId = z.uuid({ error: issueMessage('validation.api.resultsFile') });

/** The year after the vote: actual results against the approved agreement. */
export const trackingContract = {
  'tracking:get': { input: noInput, output: trackingViewSchema },
  /**
   * Saves results, all or none: a goal's result for a period it already has replaces it. Refused
   * with each bad entry named when a goal is not in the agreement in force, a period is not one
   * of the goal's, or a yes-or-no answer is not 1 or 0.
   */
  'tracking:saveActuals': {
    input: z.strictObject({ entries: z.array(actualEntrySchema).min(1).max(500) }),
    output: trackingViewSchema,
  },
  /** Removes one result; answers it, so Undo can save it again. */
  'tracking:deleteActual': {
    input: z.strictObject({ id: rowId }),
    output: z.strictObject({ removed: actualSchema, view: trackingViewSchema }),
  },
  /**
   * Reads a CSV file of results (one row per goal and period) once and keeps it in main under
   * `fileId` while the user chooses its columns; answers what importing it with the columns
   * suggested from its headers would do. Records nothing.
   */
  'tracking:openCsv': {
    input: csvFileSchema,
    output: z.strictObject({ fileId: resultsFileId, preview: resultsPreviewSchema }),
    body: 'file',
  },
  /** What importing the open results file with these columns would do; records nothing. */
  'tracking:previewCsv': {
    input: z.strictObject({ fileId: resultsFileId, mapping: resultColumnChoicesSchema }),
    output: resultsPreviewSchema,
  },
  /**
   * Records every result of the open file or none, by the rules `tracking:saveActuals` holds
   * results to: a period recorded again is replaced. Refused, naming the first rows wrong, when
   * any row is wrong. The file is let go once imported.
   */
  'tracking:importCsv': {
    input: z.strictObject({ fileId: resultsFileId, mapping: resultColumnMappingSchema }),
    output: trackingViewSchema,
  },
} as const satisfies AreaContract<'tracking'>;
