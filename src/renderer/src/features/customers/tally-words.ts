import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  type Worded,
} from '@shared/domain/customers/answer-words';
import { type Outreach } from '@shared/domain/customers/feedback-entry';
import { feedbackMethodTitles } from '@shared/domain/customers/feedback-plan';
import type { FeedbackTally, HourAnswers } from '@shared/domain/customers/feedback-summary';
import { outreachesWords } from '@shared/domain/customers/outreach-words';
import { plural } from '@shared/domain/numbers/plural';
import { answerTitle } from './customer-words';
import { topicTitle } from '@shared/domain/customers/topic-words';

function percent(share: number | null): string {
  return share === null ? '' : `${Math.round(share * 100)}%`;
}

function nobody(question: string): string {
  return `Nobody has answered “${question}” yet.`;
}

/** Each topic heard, most first: "Pressure: 12 comments, 3 strong." */
export function topicWords(tally: FeedbackTally): string[] {
  return tally.byTopic.map(
    ({ topic, count, strong }) =>
      `${topicTitle(topic)}: ${plural(count, 'comment')}${strong > 0 ? `, ${strong} strong` : ''}.`,
  );
}

/**
 * Each way of asking used, counted in its own words, as the outreach table and the agreement
 * count it: "Annual meeting: 2 outreaches, 80 attended, 35 spoke, 40 cards."
 */
export function methodWords(tally: FeedbackTally, outreaches: Outreach[]): string[] {
  return tally.byMethod.map(({ method, entries }) => {
    const held = outreaches.filter((outreach) => outreach.method === method);
    return `${feedbackMethodTitles[method]}: ${outreachesWords(method, held)}, ${plural(entries, 'card')}.`;
  });
}

export function satisfactionWords(tally: FeedbackTally): string {
  const { answered, shareSatisfied, distribution } = tally.satisfaction;
  if (answered === 0) return nobody('How satisfied are you?');
  const satisfied = (distribution[3] ?? 0) + (distribution[4] ?? 0);
  const scores = distribution.map((count, index) => `${count} chose ${index + 1}`).join(', ');
  return `${satisfied} of ${answered} who answered (${percent(shareSatisfied)}) are satisfied, choosing 4 or 5. In all: ${scores}.`;
}

export function outageWords(tally: FeedbackTally): string {
  const { answered, medianHours, distribution } = tally.outage;
  if (answered === 0 || medianHours === null) return nobody('How long an outage is acceptable?');
  const counts = distribution.map(
    ({ hours, count }) => `${count} said ${answerTitle(outageHourWords, hours).toLowerCase()}`,
  );
  return `Half of the ${answered} who answered accept an outage of ${medianHours} hours or more (the median). ${counts.join(', ')}.`;
}

export function noticeWords(tally: FeedbackTally): string {
  const { answered, medianDays, distribution } = tally.notice;
  if (answered === 0 || medianDays === null) return nobody('How much notice do you need?');
  const counts = distribution.map(
    ({ days, count }) => `${count} said ${answerTitle(noticeDayWords, days).toLowerCase()}`,
  );
  return `The median notice wanted is ${plural(medianDays, 'day')}, from ${plural(answered, 'answer')}. ${counts.join(', ')}.`;
}

/** "3 said 2 hours, 5 said 4 hours, …": every choice of a sewer question, zeros too. */
function sewerCounts(distribution: HourAnswers['distribution'], words: Worded<number>): string {
  return distribution
    .map(({ hours, count }) => `${count} said ${answerTitle(words, hours).toLowerCase()}`)
    .join(', ');
}

export function cleanupWords(tally: FeedbackTally): string {
  const { answered, medianHours, distribution } = tally.cleanup;
  if (answered === 0 || medianHours === null) {
    return nobody('After a sewage backup at your home, how soon should a crew be there?');
  }
  return `Half of the ${answered} who answered want a crew at a sewage backup within ${plural(medianHours, 'hour')} or sooner (the median). ${sewerCounts(distribution, cleanupHourWords)}.`;
}

export function overflowNoticeWords(tally: FeedbackTally): string {
  const { answered, medianHours, distribution } = tally.overflowNotice;
  if (answered === 0 || medianHours === null) {
    return nobody('If sewage overflows near your home, how soon should we tell you?');
  }
  return `Half of the ${answered} who answered want to be told of an overflow near home within ${plural(medianHours, 'hour')} or sooner (the median). ${sewerCounts(distribution, overflowNoticeHourWords)}.`;
}

export function payWords(tally: FeedbackTally): string {
  const { answered, shareWilling, distribution } = tally.pay;
  if (answered === 0) return nobody('Would you pay more for better service?');
  const counts = distribution.map(
    ({ choice, count }) => `${count} said ${payChoiceWords[choice].label.toLowerCase()}`,
  );
  return `${percent(shareWilling)} of the ${answered} who answered would pay more. ${counts.join(', ')}.`;
}
