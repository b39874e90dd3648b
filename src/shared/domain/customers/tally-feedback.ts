import { medianOfCounts, type AnswerCounts } from './answer-counts';
import { countCards, type CardCounts } from './card-counts';
import {
  feedbackTopics,
  noticeDayChoices,
  payChoices,
  satisfactionScores,
  type FeedbackEntry,
  type Outreach,
} from './feedback-entry';
import { feedbackMethods, type FeedbackMethod } from './feedback-plan';
import type { FeedbackTally, HourAnswers } from './feedback-summary';

function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The answers to a question asked in hours, with every choice counted (zeros too). */
function hourAnswers(answers: AnswerCounts<number>): HourAnswers {
  return {
    answered: answers.answered,
    medianHours: medianOfCounts(answers),
    distribution: answers.choices.map((hours) => ({ hours, count: answers.timesGiven(hours) })),
  };
}

/** Entries per method: each outreach id's cards under the method of the outreach with that id. */
function entriesByMethod(outreaches: Outreach[], counts: CardCounts): Map<FeedbackMethod, number> {
  // With two outreaches under one id, the later one's method counts, as it always has; cards
  // whose outreach is gone count under no method.
  const methodOf = new Map<string, FeedbackMethod>(outreaches.map((o) => [o.id, o.method]));
  const byMethod = new Map<FeedbackMethod, number>();
  for (const [outreachId, { cards }] of counts.byOutreach) {
    const method = methodOf.get(outreachId);
    if (method !== undefined) byMethod.set(method, (byMethod.get(method) ?? 0) + cards);
  }
  return byMethod;
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
  return tallyOfCounts(input.outreaches, countCards(input.entries));
}

/** The tallies from cards already counted (see countCards). */
export function tallyOfCounts(outreaches: Outreach[], counts: CardCounts): FeedbackTally {
  const methodEntries = entriesByMethod(outreaches, counts);

  const byTopic = feedbackTopics
    .map((topic) => ({
      topic,
      count: counts.topics.timesGiven(topic),
      strong: counts.strong.timesGiven(topic),
    }))
    .filter((row) => row.count > 0)
    // Stable sort: topics with as many entries keep the topic list's order.
    .sort((a, b) => b.count - a.count);

  const byMethod = feedbackMethods.flatMap((method) => {
    const held = outreaches.filter((outreach) => outreach.method === method);
    if (held.length === 0) return [];
    return [
      {
        method,
        outreaches: held.length,
        reached: held.reduce((sum, outreach) => sum + (outreach.reached ?? 0), 0),
        answered: held.reduce((sum, outreach) => sum + (outreach.answered ?? 0), 0),
        entries: methodEntries.get(method) ?? 0,
      },
    ];
  });

  const { scores, notice, pay } = counts;
  const satisfied = scores.timesGiven(4) + scores.timesGiven(5);

  return {
    entries: counts.topics.answered,
    byTopic,
    byMethod,
    satisfaction: {
      answered: scores.answered,
      shareSatisfied: shareOf(satisfied, scores.answered),
      distribution: satisfactionScores.map((score) => scores.timesGiven(score)),
    },
    outage: hourAnswers(counts.outage),
    notice: {
      answered: notice.answered,
      medianDays: medianOfCounts(notice),
      distribution: noticeDayChoices.map((days) => ({ days, count: notice.timesGiven(days) })),
    },
    pay: {
      answered: pay.answered,
      shareWilling: shareOf(pay.answered - pay.timesGiven('as-now'), pay.answered),
      distribution: payChoices.map((choice) => ({ choice, count: pay.timesGiven(choice) })),
    },
    cleanup: hourAnswers(counts.cleanup),
    overflowNotice: hourAnswers(counts.overflowNotice),
  };
}
