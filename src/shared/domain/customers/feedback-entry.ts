import { issueMessage } from '../../i18n/issue-said';
import { said } from '../../i18n/said';
import { z } from 'zod';
import { englishLabels, fieldMessage } from '../../i18n/field-label';
import { revSchema } from '../versioned';
import { calendarDate, lineText, paragraphText, rowId, wholeNumber } from '../text';
import { feedbackMethods } from './feedback-plan';
import {
  cardPriorities,
  cardProblems,
  contactWays,
  importanceAnswers,
  ratedAspects,
} from './card-questions';

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

export const outreachLabelKeys = {
  method: 'validation.label.outreach.method',
  date: 'validation.label.outreach.date',
  place: 'validation.label.outreach.place',
  reached: 'validation.label.outreach.reached',
  answered: 'validation.label.outreach.answered',
  notes: 'validation.label.outreach.notes',
} as const;
export const outreachLabels = englishLabels(outreachLabelKeys);

export const entryLabelKeys = {
  topic: 'validation.label.entry.topic',
  said: 'validation.label.entry.said',
  strength: 'validation.label.entry.strength',
  satisfaction: 'validation.label.entry.satisfaction',
  acceptableOutageHours: 'validation.label.entry.acceptableOutageHours',
  noticeDays: 'validation.label.entry.noticeDays',
  cleanupHours: 'validation.label.entry.cleanupHours',
  overflowNoticeHours: 'validation.label.entry.overflowNoticeHours',
  willingToPay: 'validation.label.entry.willingToPay',
  ratings: 'validation.label.entry.ratings',
  problems: 'validation.label.entry.problems',
  priorities: 'validation.label.entry.priorities',
  contact: 'validation.label.entry.contact',
  importance: 'validation.label.entry.importance',
  name: 'validation.label.person.name',
  address: 'validation.label.entry.address',
} as const;
export const entryLabels = englishLabels(entryLabelKeys);

const outreachShape = {
  method: z.enum(feedbackMethods, {
    error: fieldMessage('validation.oneOfListedWays', outreachLabelKeys.method),
  }),
  date: calendarDate(outreachLabelKeys.date),
  place: lineText(outreachLabelKeys.place, 200),
  reached: wholeNumber(outreachLabelKeys.reached, 1_000_000, 60),
  answered: wholeNumber(outreachLabelKeys.answered, 1_000_000, 25),
  notes: paragraphText(outreachLabelKeys.notes, 2000),
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
      message: issueMessage(said('validation.entry.answeredOverReached', { answered, reached })),
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

/** Boxes marked under one question, each at most once. */
function uniqueList<const Choice extends string>(
  choices: readonly [Choice, ...Choice[]],
  label: (typeof entryLabelKeys)[keyof typeof entryLabelKeys],
) {
  const message = fieldMessage('validation.entry.choices', label);
  return z
    .array(z.enum(choices, { error: message }), { error: message })
    .refine((marked) => new Set(marked).size === marked.length, { error: message });
}

const entryShape = {
  topic: z.enum(feedbackTopics, {
    error: fieldMessage('validation.entry.topic', entryLabelKeys.topic),
  }),
  said: paragraphText(entryLabelKeys.said, 2000),
  strength: z.enum(feedbackStrengths, {
    error: fieldMessage('validation.entry.strength', entryLabelKeys.strength),
  }),
  /** 1 very dissatisfied … 5 very satisfied; null when the question was not answered. */
  satisfaction: z
    .literal(satisfactionScores, {
      error: fieldMessage('validation.entry.satisfaction', entryLabelKeys.satisfaction),
    })
    .nullable(),
  acceptableOutageHours: z
    .literal(outageHourChoices, {
      error: fieldMessage('validation.entry.hours', entryLabelKeys.acceptableOutageHours),
    })
    .nullable(),
  noticeDays: z
    .literal(noticeDayChoices, {
      error: fieldMessage('validation.entry.noticeDays', entryLabelKeys.noticeDays),
    })
    .nullable(),
  /** Sewer: how soon a crew should clean up a sewage backup at the customer's home. */
  cleanupHours: z
    .literal(cleanupHourChoices, {
      error: fieldMessage('validation.entry.hours', entryLabelKeys.cleanupHours),
    })
    .nullable(),
  /** Sewer: how soon the customer wants to hear of an overflow near home. */
  overflowNoticeHours: z
    .literal(overflowNoticeHourChoices, {
      error: fieldMessage('validation.entry.overflowNotice', entryLabelKeys.overflowNoticeHours),
    })
    .nullable(),
  willingToPay: z
    .enum(payChoices, {
      error: fieldMessage('validation.entry.pay', entryLabelKeys.willingToPay),
    })
    .nullable(),
  /** Each aspect rated 1 to 5 or "don't know"; an aspect left blank is not in it. */
  ratings: z.partialRecord(
    z.enum(ratedAspects),
    z.union([z.literal(satisfactionScores), z.literal('dont-know')]),
    { error: fieldMessage('validation.entry.ratings', entryLabelKeys.ratings) },
  ),
  /** The problems marked, "none" for "None of these"; each once. */
  problems: uniqueList(cardProblems, entryLabelKeys.problems),
  /** The rank written beside each priority, 1 the most important; blank ones left out. */
  priorities: z.partialRecord(z.enum(cardPriorities), z.int().min(1).max(cardPriorities.length), {
    error: fieldMessage('validation.entry.priorities', entryLabelKeys.priorities),
  }),
  contact: uniqueList(contactWays, entryLabelKeys.contact),
  /** Keyed by `importanceKey`: a goal's id or an area the card asked about. */
  importance: z.record(
    z.string().regex(/^(goal|area):[A-Za-z0-9_-]{1,64}$/),
    z.enum(importanceAnswers),
    {
      error: fieldMessage('validation.entry.choices', entryLabelKeys.importance),
    },
  ),
  /** Private: never printed in any PDF. */
  name: lineText(entryLabelKeys.name, 120),
  /** Private: never printed in any PDF. */
  address: lineText(entryLabelKeys.address, 200),
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
    ratings: {},
    problems: [],
    priorities: {},
    contact: [],
    importance: {},
    name: '',
    address: '',
  };
}
