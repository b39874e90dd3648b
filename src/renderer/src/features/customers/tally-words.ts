import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  type Worded,
} from '@shared/domain/customers/answer-words';
import { type Outreach } from '@shared/domain/customers/feedback-entry';
import type { FeedbackTally, HourAnswers } from '@shared/domain/customers/feedback-summary';
import type { Language } from '@shared/domain/printed-date';
import type { MessageKey } from '../../i18n/catalog';
import type { Text } from '../../i18n/use-text';
import { answerTitle } from './customer-words';
import { outreachesText } from './outreach-count-words';

/** The tallies in words, in the screen's language. */
export interface TallyText {
  text: Text;
  language: Language;
}

function percent(share: number | null): string {
  return share === null ? '' : `${Math.round(share * 100)}%`;
}

function nobody(text: Text, question: MessageKey): string {
  return text('customers.tally.nobody', { question: text(question) });
}

/** "3 said 2 hours, 5 said 4 hours, …": every choice counted, zeros too. */
function saidCounts(
  { text, language }: TallyText,
  rows: { value: number; count: number }[],
  words: Worded<number>,
): string {
  return rows
    .map(({ value, count }) =>
      text('customers.tally.said', {
        count,
        answer: answerTitle(words, value, language).toLowerCase(),
      }),
    )
    .join(', ');
}

/** Each topic heard, most first: "Pressure: 12 comments, 3 strong." */
export function topicWords({ text }: TallyText, tally: FeedbackTally): string[] {
  return tally.byTopic.map(({ topic, count, strong }) =>
    text('customers.tally.topic', { topic: text(`evidence.topic.${topic}`), count, strong }),
  );
}

/**
 * Each way of asking used, counted in its own words, as the outreach table counts it:
 * "Annual meeting: 2 outreaches, 80 attended, 35 spoke, 40 cards."
 */
export function methodWords(
  { text, language }: TallyText,
  tally: FeedbackTally,
  outreaches: Outreach[],
): string[] {
  return tally.byMethod.map(({ method, entries }) => {
    const held = outreaches.filter((outreach) => outreach.method === method);
    return text('customers.tally.method', {
      method: text(`evidence.method.${method}`),
      outreaches: outreachesText(text, language, method, held),
      cards: entries,
    });
  });
}

export function satisfactionWords({ text }: TallyText, tally: FeedbackTally): string {
  const { answered, shareSatisfied, distribution } = tally.satisfaction;
  if (answered === 0) return nobody(text, 'customers.tally.askSatisfaction');
  const satisfied = (distribution[3] ?? 0) + (distribution[4] ?? 0);
  const scores = distribution
    .map((count, index) => text('customers.tally.chose', { count, score: String(index + 1) }))
    .join(', ');
  return text('customers.tally.satisfaction', {
    satisfied: String(satisfied),
    answered: String(answered),
    percent: percent(shareSatisfied),
    scores,
  });
}

export function outageWords(words: TallyText, tally: FeedbackTally): string {
  const { answered, medianHours, distribution } = tally.outage;
  if (answered === 0 || medianHours === null) {
    return nobody(words.text, 'customers.tally.askOutage');
  }
  const rows = distribution.map(({ hours, count }) => ({ value: hours, count }));
  return words.text('customers.tally.outage', {
    answered: String(answered),
    hours: String(medianHours),
    counts: saidCounts(words, rows, outageHourWords),
  });
}

export function noticeWords(words: TallyText, tally: FeedbackTally): string {
  const { answered, medianDays, distribution } = tally.notice;
  if (answered === 0 || medianDays === null) {
    return nobody(words.text, 'customers.tally.askNotice');
  }
  const rows = distribution.map(({ days, count }) => ({ value: days, count }));
  return words.text('customers.tally.notice', {
    days: medianDays,
    answered,
    counts: saidCounts(words, rows, noticeDayWords),
  });
}

function sewerWords(
  words: TallyText,
  answers: HourAnswers,
  question: MessageKey,
  sentence: MessageKey,
  worded: Worded<number>,
): string {
  const { answered, medianHours, distribution } = answers;
  if (answered === 0 || medianHours === null) return nobody(words.text, question);
  const rows = distribution.map(({ hours, count }) => ({ value: hours, count }));
  return words.text(sentence, {
    answered: String(answered),
    hours: medianHours,
    counts: saidCounts(words, rows, worded),
  });
}

export function cleanupWords(words: TallyText, tally: FeedbackTally): string {
  return sewerWords(
    words,
    tally.cleanup,
    'customers.tally.askCleanup',
    'customers.tally.cleanup',
    cleanupHourWords,
  );
}

export function overflowNoticeWords(words: TallyText, tally: FeedbackTally): string {
  return sewerWords(
    words,
    tally.overflowNotice,
    'customers.tally.askOverflowNotice',
    'customers.tally.overflowNotice',
    overflowNoticeHourWords,
  );
}

export function payWords({ text }: TallyText, tally: FeedbackTally): string {
  const { answered, shareWilling, distribution } = tally.pay;
  if (answered === 0) return nobody(text, 'customers.tally.askPay');
  const counts = distribution
    .map(({ choice, count }) =>
      text('customers.tally.said', {
        count,
        answer: text(`customers.pay.${choice}`).toLowerCase(),
      }),
    )
    .join(', ');
  return text('customers.tally.pay', {
    percent: percent(shareWilling),
    answered: String(answered),
    counts,
  });
}
