import { z } from 'zod';
import { englishLabels, fieldMessage } from '../../i18n/field-label';
import { issueMessage } from '../../i18n/issue-said';
import { said } from '../../i18n/said';
import { notANumberMessage } from '../numbers/number-messages';
import { lineText, paragraphText, rowId } from '../text';
import { maxOutages, outageSchema } from './outage-records';
import { followUpSchema, reviewDecisionSchema } from './review-records';

/** Each actual result's field, named once: the entry form, the messages and the exports say it so. */
export const actualLabelKeys = {
  period: 'validation.label.actual.period',
  value: 'validation.label.actual.value',
  source: 'validation.label.actual.source',
  note: 'validation.label.actual.note',
} as const;
export const actualLabels = englishLabels(actualLabelKeys);

/** The most actual results one utility keeps: a daily goal for 30 years is about 11,000. */
export const maxActuals = 50_000;

/**
 * One actual result of an approved goal for one period (periods.ts writes the period). It is a
 * record about the approved agreement, not part of it: it sits outside every fingerprint, and
 * adding or correcting one never changes what the board approved.
 */
export const actualSchema = z.strictObject({
  id: rowId,
  /** The goal's id in the approved revision it is measured against. */
  goalId: rowId,
  /** The approved revision whose target the result is held to. */
  revision: z.number().int().min(1),
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/, issueMessage('validation.tracking.period')),
  value: z
    .number({
      error: (issue) => issueMessage(notANumberMessage(actualLabelKeys.value, 95, issue.input)),
    })
    .min(-1_000_000_000, fieldMessage('validation.outOfRange', actualLabelKeys.value))
    .max(1_000_000_000, fieldMessage('validation.outOfRange', actualLabelKeys.value)),
  source: lineText(actualLabelKeys.source, 200),
  note: paragraphText(actualLabelKeys.note, 1000),
  /** When it was recorded in the app (an ISO timestamp). */
  recordedAt: z.string().max(40),
});
export type Actual = z.output<typeof actualSchema>;

/**
 * The year after the vote: what was measured against the approved agreement, the outage log,
 * the annual review's decisions, and what the utility will do about each miss.
 */
export const trackingSchema = z.strictObject({
  actuals: z
    .array(actualSchema)
    // Worded when needed: formatting a number when the schema is made slows the start.
    .max(maxActuals, {
      error: () => issueMessage(said('validation.tracking.maxActuals', { max: maxActuals })),
    }),
  outages: z.array(outageSchema).max(maxOutages, {
    error: () => issueMessage(said('validation.tracking.maxOutages', { max: maxOutages })),
  }),
  reviews: z.array(reviewDecisionSchema).max(maxActuals),
  followUps: z.array(followUpSchema).max(maxActuals),
});
export type Tracking = z.output<typeof trackingSchema>;

export function emptyTracking(): Tracking {
  return { actuals: [], outages: [], reviews: [], followUps: [] };
}
