import { z } from 'zod';
import { revSchema } from '../versioned';
import { calendarDate, lineText, paragraphText, rowId, wholeNumber } from '../text';
import { feedbackMethods } from './feedback-plan';

/** What customers talk about (DOMAIN.md §3's complaint categories, merged with the survey's). */
export const feedbackTopics = [
  'water-quality',
  'pressure',
  'outages',
  'leaks',
  'sewer',
  'odor',
  'backups',
  'overflows',
  'billing',
  'courtesy',
  'response',
  'conservation',
  'rates',
  'other',
] as const;
export type FeedbackTopic = (typeof feedbackTopics)[number];

/** How strongly the customer felt about it. */
export const feedbackStrengths = ['mild', 'moderate', 'strong'] as const;
export type FeedbackStrength = (typeof feedbackStrengths)[number];

/** The standard questions' answer choices (DOMAIN.md §3, questions 1, 4 and 5). */
export const satisfactionScores = [1, 2, 3, 4, 5] as const;
export const outageHourChoices = [2, 4, 8, 24] as const;
export const noticeDayChoices = [1, 2, 7] as const;
/** The sewer questions' choices: how soon a backup is cleaned up, how soon an overflow is told. */
export const cleanupHourChoices = [2, 4, 8, 24] as const;
export const overflowNoticeHourChoices = [4, 24, 72] as const;
export const payChoices = ['as-now', 'plus-10', 'plus-50'] as const;
export type PayChoice = (typeof payChoices)[number];

// Step 4's labels: the forms show them and the schemas' messages name them, so both say the same.

export const outreachLabels = {
  method: 'Method',
  date: 'Date',
  place: 'Place',
  reached: 'People reached',
  answered: 'People who answered',
  notes: 'Notes',
};

export const entryLabels = {
  topic: 'Topic',
  said: 'What was said',
  strength: 'How strongly',
  satisfaction: 'Satisfaction',
  acceptableOutageHours: 'Acceptable outage',
  noticeDays: 'Notice wanted',
  cleanupHours: 'Backup cleanup',
  overflowNoticeHours: 'Told of an overflow',
  willingToPay: 'Willing to pay more',
  name: 'Name',
  address: 'Address',
};

const outreachShape = {
  method: z.enum(feedbackMethods, {
    error: `${outreachLabels.method}: choose one of the listed ways.`,
  }),
  date: calendarDate(outreachLabels.date),
  place: lineText(outreachLabels.place, 200),
  reached: wholeNumber(outreachLabels.reached, 1_000_000, 60),
  answered: wholeNumber(outreachLabels.answered, 1_000_000, 25),
  notes: paragraphText(outreachLabels.notes, 2000),
};

function answeredWithinReached(
  outreach: { reached: number | null; answered: number | null },
  context: z.RefinementCtx,
): void {
  const { reached, answered } = outreach;
  if (reached !== null && answered !== null && answered > reached) {
    context.addIssue({
      code: 'custom',
      path: ['answered'],
      message: `${outreachLabels.answered} (${answered}) cannot be more than ${outreachLabels.reached.toLowerCase()} (${reached}).`,
    });
  }
}

/** One outreach as the user edits it: a meeting held, a round of doors knocked, a survey mailed. */
export const outreachFieldsSchema = z
  .strictObject(outreachShape)
  .superRefine(answeredWithinReached);
export type OutreachFields = z.output<typeof outreachFieldsSchema>;

export const outreachSchema = z
  .strictObject({ ...outreachShape, id: rowId, rev: revSchema })
  .superRefine(answeredWithinReached);
export type Outreach = z.output<typeof outreachSchema>;

const entryShape = {
  topic: z.enum(feedbackTopics, {
    error: `${entryLabels.topic}: choose one of the listed topics.`,
  }),
  said: paragraphText(entryLabels.said, 2000),
  strength: z.enum(feedbackStrengths, {
    error: `${entryLabels.strength}: choose mild, moderate or strong.`,
  }),
  /** 1 very dissatisfied … 5 very satisfied; null when the question was not answered. */
  satisfaction: z
    .literal(satisfactionScores, { error: `${entryLabels.satisfaction}: choose 1 to 5.` })
    .nullable(),
  acceptableOutageHours: z
    .literal(outageHourChoices, {
      error: `${entryLabels.acceptableOutageHours}: choose 2, 4, 8 or 24 hours.`,
    })
    .nullable(),
  noticeDays: z
    .literal(noticeDayChoices, {
      error: `${entryLabels.noticeDays}: choose 1 day, 2 days or a week.`,
    })
    .nullable(),
  /** Sewer: how soon a crew should clean up a sewage backup at the customer's home. */
  cleanupHours: z
    .literal(cleanupHourChoices, {
      error: `${entryLabels.cleanupHours}: choose 2, 4, 8 or 24 hours.`,
    })
    .nullable(),
  /** Sewer: how soon the customer wants to hear of an overflow near home. */
  overflowNoticeHours: z
    .literal(overflowNoticeHourChoices, {
      error: `${entryLabels.overflowNoticeHours}: choose 4 hours, 1 day or 3 days.`,
    })
    .nullable(),
  willingToPay: z
    .enum(payChoices, { error: `${entryLabels.willingToPay}: choose as now, +10% or +50%.` })
    .nullable(),
  /** Private: never printed in any PDF. */
  name: lineText(entryLabels.name, 120),
  /** Private: never printed in any PDF. */
  address: lineText(entryLabels.address, 200),
};

/** One piece of feedback as the user types it from a card or a meeting note. */
export const feedbackEntryFieldsSchema = z.strictObject(entryShape);
export type FeedbackEntryFields = z.output<typeof feedbackEntryFieldsSchema>;

export const feedbackEntrySchema = z.strictObject({
  ...entryShape,
  id: rowId,
  rev: revSchema,
  outreachId: rowId,
});
export type FeedbackEntry = z.output<typeof feedbackEntrySchema>;

export function blankEntryFields(topic: FeedbackTopic = 'other'): FeedbackEntryFields {
  return {
    topic,
    said: '',
    strength: 'moderate',
    satisfaction: null,
    acceptableOutageHours: null,
    noticeDays: null,
    cleanupHours: null,
    overflowNoticeHours: null,
    willingToPay: null,
    name: '',
    address: '',
  };
}
