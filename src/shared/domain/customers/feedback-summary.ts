import { z } from 'zod';
import { feedbackMethods } from './feedback-plan';
import { feedbackTopics, payChoices } from './feedback-entry';
import { complaintImportSchema } from './complaint-log';

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();
const hours = z.number().min(0).nullable();

/**
 * Median and 90th percentile of a time span, over the rows that have both ends. `unit: "days"`
 * when some of those rows have a date without a time of day at either end: the figures are then
 * whole calendar days (written as hours, × 24, so the shape stays the same) and are shown as
 * "same day", "1 day", "2 days". Absent, they are hours to the minute, as every summary stored
 * before this field existed (an approved agreement's among them) is read.
 */
export const spanStatsSchema = z.strictObject({
  count,
  medianHours: hours,
  p90Hours: hours,
  unit: z.literal('days').optional(),
});
export type SpanStats = z.output<typeof spanStatsSchema>;

export const complaintTopicStatsSchema = z.strictObject({
  topic: z.enum(feedbackTopics),
  count,
  /** From received to responded. */
  responded: spanStatsSchema,
  /** From received to resolved. */
  resolved: spanStatsSchema,
});
export type ComplaintTopicStats = z.output<typeof complaintTopicStatsSchema>;

/** What the complaint log says, in figures: per topic, with response times. */
export const complaintSummarySchema = z.strictObject({
  total: count,
  firstReceived: z.string().nullable(),
  lastReceived: z.string().nullable(),
  imports: z.array(complaintImportSchema),
  /** Every topic with at least one row, most rows first. */
  byTopic: z.array(complaintTopicStatsSchema),
  /**
   * The times over the whole log, every topic together, for evidence that rests on the whole
   * log. Absent while the log is empty. Not part of what an approval freezes (the agreement's
   * frozen shape predates it): the evidence line written from it is.
   */
  whole: z.strictObject({ responded: spanStatsSchema, resolved: spanStatsSchema }).optional(),
});
export type ComplaintSummary = z.output<typeof complaintSummarySchema>;

export const emptyComplaintSummary: ComplaintSummary = {
  total: 0,
  firstReceived: null,
  lastReceived: null,
  imports: [],
  byTopic: [],
};

/** The answers to a question asked in hours: how many answered, their median, each choice's count. */
const hourAnswersSchema = z.strictObject({
  answered: count,
  medianHours: hours,
  distribution: z.array(z.strictObject({ hours: z.number(), count })),
});
export type HourAnswers = z.output<typeof hourAnswersSchema>;

/** Feedback entries in figures: by topic, by method, and the standard questions. */
export const feedbackTallySchema = z.strictObject({
  entries: count,
  byTopic: z.array(z.strictObject({ topic: z.enum(feedbackTopics), count, strong: count })),
  byMethod: z.array(
    z.strictObject({
      method: z.enum(feedbackMethods),
      outreaches: count,
      reached: count,
      answered: count,
      entries: count,
    }),
  ),
  satisfaction: z.strictObject({
    answered: count,
    /** Top two boxes (4 and 5) over those who answered. */
    shareSatisfied: share,
    /** Index 0 is score 1 … index 4 is score 5. */
    distribution: z.array(count).length(5),
  }),
  outage: hourAnswersSchema,
  notice: z.strictObject({
    answered: count,
    medianDays: z.number().nullable(),
    distribution: z.array(z.strictObject({ days: z.number(), count })),
  }),
  pay: z.strictObject({
    answered: count,
    /** "+10%" or "+50%" over those who answered. */
    shareWilling: share,
    distribution: z.array(z.strictObject({ choice: z.enum(payChoices), count })),
  }),
  /** Sewer: how soon a backup should be cleaned up (empty for a water-only utility's cards). */
  cleanup: hourAnswersSchema,
  /** Sewer: how soon customers want to hear of an overflow near home. */
  overflowNotice: hourAnswersSchema,
});
export type FeedbackTally = z.output<typeof feedbackTallySchema>;
