import { z } from 'zod';
import { englishLabels } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { saidSchema } from '../i18n/said';
import { paragraphText, rowId } from '../domain/text';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

/** The label the follow-up field has on screen, in every message about it. */
export const followUpLabel = englishLabels({ text: 'validation.label.followUp.text' }).text;

/** An external goal missed in a year, with what the board said it will do about it. */
export const missedGoalSchema = z.strictObject({
  goalId: rowId,
  /** Its number in the agreement in force. */
  number: z.number().int(),
  statement: z.string(),
  targetWords: saidSchema,
  /** How often it was kept: "Target met in 1 of the 2 months measured." */
  result: saidSchema,
  /** The board's words for the report card, or '' when not written yet. */
  followUp: z.string(),
  /** The same in Spanish, for the Spanish report card, or '' when not written yet. */
  followUpSpanish: z.string(),
});
export type MissedGoal = z.output<typeof missedGoalSchema>;

/** What the two reports can be made for, and the misses the report card will print. */
export const reportViewSchema = z.strictObject({
  /** The revision in force, or null while nothing is approved (or it cannot be trusted). */
  inForce: z.strictObject({ revision: z.number().int(), approvedOn: z.string() }).nullable(),
  /** Why no report can be made now, or null. */
  problem: saidSchema.nullable(),
  /** The quarters since the approval, newest first: "2027-Q4", "October–December 2027". */
  quarters: z.array(z.strictObject({ key: z.string(), name: saidSchema })),
  /** The years since the approval, newest first. */
  years: z.array(
    z.strictObject({
      year: z.number().int(),
      /** Whether the year is over: a card for a running year says "so far". */
      ended: z.boolean(),
      externalGoals: z.number().int(),
      missed: z.array(missedGoalSchema),
    }),
  ),
});
export type ReportView = z.output<typeof reportViewSchema>;

const goalYear = {
  goalId: rowId,
  year: z
    .number({ error: issueMessage('validation.api.year') })
    .int()
    .min(2000)
    .max(2200),
};

/** The reports after the vote: the board report and the customer report card, and the card's follow-ups. */
export const reportContract = {
  'report:get': { input: noInput, output: reportViewSchema },
  /**
   * Saves what the utility will do about an external goal missed in a year, for the report card;
   * replaces what was saved before. Refused when the goal was not missed that year.
   */
  'report:saveFollowUp': {
    input: z.strictObject({
      ...goalYear,
      text: paragraphText('validation.label.followUp.text', 600),
      /** Left out, the Spanish saved before is kept (a screen that shows only the English). */
      textSpanish: paragraphText('validation.label.followUp.textSpanish', 600).optional(),
    }),
    output: reportViewSchema,
  },
  /** Removes what was saved for a goal and year; nothing happens when there was none. */
  'report:clearFollowUp': {
    input: z.strictObject(goalYear),
    output: reportViewSchema,
  },
} as const satisfies AreaContract<'report'>;
