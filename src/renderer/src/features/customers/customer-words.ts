import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  wordsOfCount,
  type ChoiceWords,
  type Worded,
} from '@shared/domain/customers/answer-words';
import type { FeedbackEntry, FeedbackStrength } from '@shared/domain/customers/feedback-entry';
import { topicTitle } from '@shared/domain/customers/topic-words';

export const strengthTitles: Record<FeedbackStrength, string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  strong: 'Strong',
};

/**
 * A tallied answer as the screen words it: the survey card's English words ("A full day"), or
 * the bare figure for a value no card offers.
 */
export function answerTitle(words: Worded<number>, value: number): string {
  return wordsOfCount(words, value)?.card ?? String(value);
}

/** A card's answer in the middle of a sentence: "Outage up to a full day". */
function inSentence(words: ChoiceWords): string {
  return words.card.toLowerCase();
}

/** One entry in a line for the list: topic, strength and what was said (never the name). */
export function entrySummary(entry: FeedbackEntry): string {
  const said = entry.said.trim() === '' ? '(no words written down)' : `“${entry.said}”`;
  return `${topicTitle(entry.topic)} · ${strengthTitles[entry.strength]} · ${said}`;
}

/** The standard questions' answers on a card, such as "Satisfaction 4 · Outage up to 8 hours". */
export function entryAnswers(entry: FeedbackEntry): string {
  const answers = [
    entry.satisfaction === null ? null : `Satisfaction ${entry.satisfaction} of 5`,
    entry.acceptableOutageHours === null
      ? null
      : `Outage up to ${inSentence(outageHourWords[entry.acceptableOutageHours].en)}`,
    entry.noticeDays === null ? null : `Notice ${inSentence(noticeDayWords[entry.noticeDays].en)}`,
    entry.cleanupHours === null
      ? null
      : `Backup cleanup within ${inSentence(cleanupHourWords[entry.cleanupHours].en)}`,
    entry.overflowNoticeHours === null
      ? null
      : `Told of an overflow within ${inSentence(overflowNoticeHourWords[entry.overflowNoticeHours].en)}`,
    entry.willingToPay === null
      ? null
      : `Would pay ${payChoiceWords[entry.willingToPay].label.toLowerCase()}`,
  ].filter((answer) => answer !== null);
  return answers.length === 0 ? 'No standard questions answered.' : answers.join(' · ');
}
