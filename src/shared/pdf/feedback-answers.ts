import {
  cleanupHourWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  wordsOfCount,
  type Worded,
} from '../domain/customers/answer-words';
import type { FeedbackTally, HourAnswers } from '../domain/customers/feedback-summary';
import type { Language } from '../domain/printed-date';
import { runsSewer, runsWater, type SystemType } from '../domain/utility';
import { hoursIn } from './feedback-section-words';
import { counted, feedbackText } from './feedback-text';

// The card questions' answers as the agreement prints them, one sentence each.

/** A span in hours or days ("4 h", "3.5 days"), or a dash when there is none to show. */
function spanWords(hours: number | null, language: Language): string {
  return hours === null ? '—' : hoursIn(hours, language);
}

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/**
 * "2 h: 1, 4 h: 3, a day: 0": how many chose each answer to a question in hours; a day or more
 * is worded as that question's card words it ("a full day" for a shutoff).
 */
function hourSpread(answers: HourAnswers, words: Worded<number>, language: Language): string {
  return answers.distribution
    .map(({ hours, count }) => {
      const card =
        hours < 24 ? undefined : wordsOfCount(words, hours, language)?.card.toLowerCase();
      return `${card ?? hoursIn(hours, language)}: ${count}`;
    })
    .join(', ');
}

/**
 * The sewer questions in a sentence each, worded as the outage line is: the median, then how
 * many chose each answer.
 */
function sewerAnswers(tally: FeedbackTally, language: Language): string[] {
  const text = feedbackText[language];
  const { cleanup, overflowNotice } = tally;
  const lines: string[] = [];
  if (cleanup.answered > 0) {
    lines.push(
      text.cleanup(
        spanWords(cleanup.medianHours, language),
        counted(cleanup.answered, text.answer, language),
        hourSpread(cleanup, cleanupHourWords, language),
      ),
    );
  }
  if (overflowNotice.answered > 0) {
    lines.push(
      text.overflowNotice(
        spanWords(overflowNotice.medianHours, language),
        counted(overflowNotice.answered, text.answer, language),
        hourSpread(overflowNotice, overflowNoticeHourWords, language),
      ),
    );
  }
  return lines;
}

/** How many chose each answer to the pay question, in the paper's words for each. */
function paySpread(pay: FeedbackTally['pay'], language: Language): string {
  return pay.distribution
    .map((choice) => {
      const words = payChoiceWords[choice.choice];
      const name = language === 'en' ? words.label : words.es.card;
      return `${name.toLowerCase()}: ${choice.count}`;
    })
    .join(', ');
}

/**
 * The standard questions in a sentence each; a question nobody answered is left out, and so is
 * one the system type does not ask (no planned shutoff in a sewer district's agreement).
 */
export function standardAnswers(
  tally: FeedbackTally,
  systemType: SystemType | null,
  language: Language = 'en',
): string[] {
  const text = feedbackText[language];
  const lines: string[] = [];
  const { satisfaction, pay } = tally;
  const outage = runsWater(systemType) ? tally.outage : null;
  const notice = runsWater(systemType) ? tally.notice : null;
  if (satisfaction.answered > 0) {
    lines.push(
      text.satisfied(
        percent(satisfaction.shareSatisfied),
        counted(satisfaction.answered, text.customer, language),
      ),
    );
  }
  if (outage !== null && outage.answered > 0) {
    lines.push(
      text.outage(
        spanWords(outage.medianHours, language),
        counted(outage.answered, text.answer, language),
        hourSpread(outage, outageHourWords, language),
      ),
    );
  }
  if (notice !== null && notice.answered > 0) {
    const days = notice.medianDays;
    const median =
      days === null ? '—' : days === 7 ? text.aWeek : counted(days, text.day, language);
    lines.push(text.notice(median, counted(notice.answered, text.answer, language)));
  }
  if (runsSewer(systemType)) lines.push(...sewerAnswers(tally, language));
  if (pay.answered > 0) {
    lines.push(text.pay(percent(pay.shareWilling), pay.answered, paySpread(pay, language)));
  }
  return lines;
}
