import {
  cleanupHourChoices,
  feedbackTopics,
  noticeDayChoices,
  outageHourChoices,
  overflowNoticeHourChoices,
  payChoices,
  satisfactionScores,
  type FeedbackEntry,
  type Outreach,
} from './feedback-entry';
import { feedbackMethods, type FeedbackMethod } from './feedback-plan';
import type { FeedbackTally, HourAnswers } from './feedback-summary';
import { median } from './span-stats';

function countOf<T>(values: T[], value: T): number {
  return values.filter((candidate) => candidate === value).length;
}

function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The answers given to one question, skipping the cards that left it blank. */
function answersOf<T>(entries: FeedbackEntry[], pick: (entry: FeedbackEntry) => T | null): T[] {
  return entries.flatMap((entry) => {
    const value = pick(entry);
    return value === null ? [] : [value];
  });
}

/** The answers to a question asked in hours, with every choice counted (zeros too). */
function hourAnswers(answers: number[], choices: readonly number[]): HourAnswers {
  return {
    answered: answers.length,
    medianHours: median(answers),
    distribution: choices.map((hours) => ({ hours, count: countOf<number>(answers, hours) })),
  };
}

/**
 * The feedback in figures (DOMAIN.md §3): entries by topic (most first) and by method, share
 * satisfied (top two boxes), median acceptable outage and notice, share willing to pay more.
 * Answer distributions list every choice, so a chart shows the zeros too.
 */
export function tallyFeedback(input: {
  outreaches: Outreach[];
  entries: FeedbackEntry[];
}): FeedbackTally {
  const { outreaches, entries } = input;

  const byTopic = feedbackTopics
    .map((topic) => {
      const onTopic = entries.filter((entry) => entry.topic === topic);
      const strong = countOf(
        onTopic.map((entry) => entry.strength),
        'strong',
      );
      return { topic, count: onTopic.length, strong };
    })
    .filter((row) => row.count > 0)
    // Stable sort: topics with as many entries keep the topic list's order.
    .sort((a, b) => b.count - a.count);

  const methodOf = new Map<string, FeedbackMethod>(outreaches.map((o) => [o.id, o.method]));
  const byMethod = feedbackMethods.flatMap((method) => {
    const held = outreaches.filter((outreach) => outreach.method === method);
    if (held.length === 0) return [];
    return [
      {
        method,
        outreaches: held.length,
        reached: held.reduce((sum, outreach) => sum + (outreach.reached ?? 0), 0),
        answered: held.reduce((sum, outreach) => sum + (outreach.answered ?? 0), 0),
        entries: entries.filter((entry) => methodOf.get(entry.outreachId) === method).length,
      },
    ];
  });

  const scores = answersOf(entries, (entry) => entry.satisfaction);
  const outageHours = answersOf(entries, (entry) => entry.acceptableOutageHours);
  const noticeDays = answersOf(entries, (entry) => entry.noticeDays);
  const pay = answersOf(entries, (entry) => entry.willingToPay);

  return {
    entries: entries.length,
    byTopic,
    byMethod,
    satisfaction: {
      answered: scores.length,
      shareSatisfied: shareOf(scores.filter((score) => score >= 4).length, scores.length),
      distribution: satisfactionScores.map((score) => countOf<number>(scores, score)),
    },
    outage: hourAnswers(outageHours, outageHourChoices),
    notice: {
      answered: noticeDays.length,
      medianDays: median(noticeDays),
      distribution: noticeDayChoices.map((days) => ({
        days,
        count: countOf<number>(noticeDays, days),
      })),
    },
    pay: {
      answered: pay.length,
      shareWilling: shareOf(pay.filter((choice) => choice !== 'as-now').length, pay.length),
      distribution: payChoices.map((choice) => ({ choice, count: countOf(pay, choice) })),
    },
    cleanup: hourAnswers(
      answersOf(entries, (entry) => entry.cleanupHours),
      cleanupHourChoices,
    ),
    overflowNotice: hourAnswers(
      answersOf(entries, (entry) => entry.overflowNoticeHours),
      overflowNoticeHourChoices,
    ),
  };
}
