import { AnswerCounts } from './answer-counts';
import {
  cleanupHourChoices,
  feedbackTopics,
  noticeDayChoices,
  outageHourChoices,
  overflowNoticeHourChoices,
  payChoices,
  satisfactionScores,
  type FeedbackEntry,
  type FeedbackTopic,
  type PayChoice,
} from './feedback-entry';

/** The cards one outreach brought: how many, and each topic heard as a bit (feedbackTopics' order). */
export interface OutreachCards {
  cards: number;
  topics: number;
}

/** Everything the tallies and the agreement's customer section count over the cards. */
export interface CardCounts {
  topics: AnswerCounts<FeedbackTopic>;
  strong: AnswerCounts<FeedbackTopic>;
  /** Per outreach id, whether or not that outreach still exists: its cards and their topics. */
  byOutreach: Map<string, OutreachCards>;
  scores: AnswerCounts<number>;
  outage: AnswerCounts<number>;
  notice: AnswerCounts<number>;
  pay: AnswerCounts<PayChoice>;
  cleanup: AnswerCounts<number>;
  overflowNotice: AnswerCounts<number>;
}

/**
 * Every count in one pass over the cards. A book may hold 20,000 of them, more than the
 * processor's cache: each further pass over them costs as much again, so the figures are
 * gathered together rather than once per question, topic or outreach.
 */
export function countCards(entries: readonly FeedbackEntry[]): CardCounts {
  const counts: CardCounts = {
    topics: new AnswerCounts(feedbackTopics),
    strong: new AnswerCounts(feedbackTopics),
    byOutreach: new Map(),
    scores: new AnswerCounts<number>(satisfactionScores),
    outage: new AnswerCounts<number>(outageHourChoices),
    notice: new AnswerCounts<number>(noticeDayChoices),
    pay: new AnswerCounts(payChoices),
    cleanup: new AnswerCounts<number>(cleanupHourChoices),
    overflowNotice: new AnswerCounts<number>(overflowNoticeHourChoices),
  };
  for (const entry of entries) {
    const { topic, outreachId } = entry;
    counts.topics.add(topic);
    if (entry.strength === 'strong') counts.strong.add(topic);
    // One map lookup per card serves both the outreach's count and the topics heard there.
    let outreach = counts.byOutreach.get(outreachId);
    if (outreach === undefined) {
      outreach = { cards: 0, topics: 0 };
      counts.byOutreach.set(outreachId, outreach);
    }
    outreach.cards += 1;
    outreach.topics |= 1 << feedbackTopics.indexOf(topic);
    counts.scores.add(entry.satisfaction);
    counts.outage.add(entry.acceptableOutageHours);
    counts.notice.add(entry.noticeDays);
    counts.pay.add(entry.willingToPay);
    counts.cleanup.add(entry.cleanupHours);
    counts.overflowNotice.add(entry.overflowNoticeHours);
  }
  return counts;
}

/** The ids of the outreaches where `topic` was heard. */
export function outreachesHeard(counts: CardCounts, topic: FeedbackTopic): Set<string> {
  const bit = 1 << feedbackTopics.indexOf(topic);
  const ids = new Set<string>();
  for (const [outreachId, { topics }] of counts.byOutreach) if (topics & bit) ids.add(outreachId);
  return ids;
}
