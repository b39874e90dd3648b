import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  wordsOfCount,
  type Worded,
} from '@shared/domain/customers/answer-words';
import type { FeedbackEntry } from '@shared/domain/customers/feedback-entry';
import { cardPriorities } from '@shared/domain/customers/card-questions';
import type { Language } from '@shared/domain/printed-date';
import { cardChoiceWords } from '@shared/pdf/card-choice-words';
import type { Text } from '../../i18n/use-text';

/**
 * A tallied answer as the screen words it: the survey card's words in the screen's language
 * ("A full day"), or the bare figure for a value no card offers.
 */
export function answerTitle(words: Worded<number>, value: number, language: Language): string {
  return wordsOfCount(words, value, language)?.card ?? String(value);
}

/** One entry in a line for the list: topic, strength and what was said (never the name). */
export function entrySummary(text: Text, entry: FeedbackEntry): string {
  const said =
    entry.said.trim() === ''
      ? text('customers.card.noWords')
      : text('customers.card.quoted', { said: entry.said });
  return text('customers.card.summary', {
    topic: text(`evidence.topic.${entry.topic}`),
    strength: text(`customers.strength.${entry.strength}`),
    said,
  });
}

/** The answers to the card's grid and check-box questions, in brief. */
function cardAnswers(text: Text, language: Language, entry: FeedbackEntry): (string | null)[] {
  const words = cardChoiceWords[language];
  const list = (items: string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const rated = Object.keys(entry.ratings).length;
  const first = cardPriorities.find((priority) => entry.priorities[priority] === 1);
  const importance = Object.keys(entry.importance).length;
  return [
    rated === 0 ? null : text('customers.card.ratings', { count: rated }),
    entry.problems.length === 0
      ? null
      : text('customers.card.problems', {
          problems: list(entry.problems.map((problem) => words.problems[problem])).toLowerCase(),
        }),
    first === undefined
      ? null
      : text('customers.card.first', { priority: words.priorities[first].toLowerCase() }),
    entry.contact.length === 0
      ? null
      : text('customers.card.contact', {
          ways: list(entry.contact.map((way) => words.contact[way])),
        }),
    importance === 0 ? null : text('customers.card.importance', { count: importance }),
  ];
}

/** The standard questions' answers on a card, such as "Satisfaction 4 · Outage up to 8 hours". */
export function entryAnswers(text: Text, language: Language, entry: FeedbackEntry): string {
  // A card's answer in the middle of a sentence: "Outage up to a full day".
  const inSentence = (words: Worded<number>, value: number) =>
    answerTitle(words, value, language).toLowerCase();
  const answers = [
    entry.satisfaction === null
      ? null
      : text('customers.card.satisfaction', { score: entry.satisfaction }),
    entry.acceptableOutageHours === null
      ? null
      : text('customers.card.outage', {
          answer: inSentence(outageHourWords, entry.acceptableOutageHours),
        }),
    entry.noticeDays === null
      ? null
      : text('customers.card.notice', { answer: inSentence(noticeDayWords, entry.noticeDays) }),
    entry.cleanupHours === null
      ? null
      : text('customers.card.cleanup', {
          answer: inSentence(cleanupHourWords, entry.cleanupHours),
        }),
    entry.overflowNoticeHours === null
      ? null
      : text('customers.card.overflowNotice', {
          answer: inSentence(overflowNoticeHourWords, entry.overflowNoticeHours),
        }),
    entry.willingToPay === null
      ? null
      : text('customers.card.pay', {
          answer: text(`customers.pay.${entry.willingToPay}`).toLowerCase(),
        }),
    ...cardAnswers(text, language, entry),
  ].filter((answer) => answer !== null);
  return answers.length === 0 ? text('customers.card.noAnswers') : answers.join(' · ');
}
