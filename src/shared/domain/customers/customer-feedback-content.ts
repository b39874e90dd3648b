import { z } from 'zod';
import { calendarDate, rowId } from '../text';
import { feedbackMethods } from './feedback-plan';
import { complaintSummarySchema, feedbackTallySchema } from './feedback-summary';

const count = z.number().int().min(0);

/**
 * "What our customers told us", as the agreement PDF prints it and an approval freezes it:
 * figures only. Customers' names and addresses are never part of it.
 */
export const customerFeedbackContentSchema = z.strictObject({
  outreaches: z.array(
    z.strictObject({
      method: z.enum(feedbackMethods),
      date: calendarDate('validation.label.feedback.date'),
      place: z.string(),
      reached: count.nullable(),
      answered: count.nullable(),
      entries: count,
    }),
  ),
  tally: feedbackTallySchema,
  /** Without the whole-log times: approved snapshots keep the shape they had before them. */
  complaints: complaintSummarySchema.omit({ whole: true }),
  /**
   * Whether the utility holds an annual meeting (step 4's question; null when not sure), so the
   * agreement promises a report there only when there is one. Null in approvals before it.
   */
  annualMeeting: z.boolean().nullable(),
  /**
   * Each external goal's evidence in words, in the board's goal order: `lines` in English and,
   * since snapshot format 7, `linesSpanish`, the same lines in Spanish, worded once like the
   * English so the fingerprint covers what a Spanish agreement prints. Absent in approvals made
   * before it: a Spanish agreement of them prints the English, marked as such.
   */
  evidence: z.array(
    z.strictObject({
      goalId: rowId,
      lines: z.array(z.string()),
      linesSpanish: z.array(z.string()).optional(),
    }),
  ),
});
export type CustomerFeedbackContent = z.output<typeof customerFeedbackContentSchema>;
