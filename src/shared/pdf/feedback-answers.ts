import {
  cleanupHourWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  wordsOfCount,
  type Worded,
} from '../domain/customers/answer-words';
import type { FeedbackTally, HourAnswers } from '../domain/customers/feedback-summary';
import { formatHours } from '../domain/customers/format-hours';
import { plural } from '../domain/numbers/plural';
import { runsSewer, runsWater, type SystemType } from '../domain/utility';

// The card questions' answers as the agreement prints them, one sentence each.

/** A span in hours or days ("4 h", "3.5 days"), or a dash when there is none to show. */
function spanWords(hours: number | null): string {
  return hours === null ? '—' : formatHours(hours);
}

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/**
 * "2 h: 1, 4 h: 3, a day: 0": how many chose each answer to a question in hours; a day or more
 * is worded as that question's card words it ("a full day" for a shutoff).
 */
function hourSpread(answers: HourAnswers, words: Worded<number>): string {
  return answers.distribution
    .map(({ hours, count }) => {
      const card = hours < 24 ? undefined : wordsOfCount(words, hours)?.card.toLowerCase();
      return `${card ?? formatHours(hours)}: ${count}`;
    })
    .join(', ');
}

/**
 * The sewer questions in a sentence each, worded as the outage line is: the median, then how
 * many chose each answer.
 */
function sewerAnswers(tally: FeedbackTally): string[] {
  const { cleanup, overflowNotice } = tally;
  const lines: string[] = [];
  if (cleanup.answered > 0) {
    lines.push(
      `A crew should be at a sewage backup in a home within ${spanWords(cleanup.medianHours)} (the median of ${plural(cleanup.answered, 'answer')}; ${hourSpread(cleanup, cleanupHourWords)}).`,
    );
  }
  if (overflowNotice.answered > 0) {
    lines.push(
      `Customers want to be told of a sewage overflow near their home within ${spanWords(overflowNotice.medianHours)} (the median of ${plural(overflowNotice.answered, 'answer')}; ${hourSpread(overflowNotice, overflowNoticeHourWords)}).`,
    );
  }
  return lines;
}

/**
 * The standard questions in a sentence each; a question nobody answered is left out, and so is
 * one the system type does not ask (no planned shutoff in a sewer district's agreement).
 */
export function standardAnswers(tally: FeedbackTally, systemType: SystemType | null): string[] {
  const lines: string[] = [];
  const { satisfaction, pay } = tally;
  const outage = runsWater(systemType) ? tally.outage : null;
  const notice = runsWater(systemType) ? tally.notice : null;
  if (satisfaction.answered > 0) {
    lines.push(
      `Satisfied with the service (4 or 5 out of 5): ${percent(satisfaction.shareSatisfied)} of ${plural(satisfaction.answered, 'customer', 'customers')} who rated it.`,
    );
  }
  if (outage !== null && outage.answered > 0) {
    lines.push(
      `A planned shutoff is acceptable for up to ${spanWords(outage.medianHours)} (the median of ${plural(outage.answered, 'answer')}; ${hourSpread(outage, outageHourWords)}).`,
    );
  }
  if (notice !== null && notice.answered > 0) {
    const days = notice.medianDays;
    const median = days === null ? '—' : days === 7 ? 'a week' : plural(days, 'day', 'days');
    lines.push(
      `Notice wanted before a shutoff: ${median} (the median of ${plural(notice.answered, 'answer')}).`,
    );
  }
  if (runsSewer(systemType)) lines.push(...sewerAnswers(tally));
  if (pay.answered > 0) {
    const spread = pay.distribution.map(
      (choice) => `${payChoiceWords[choice.choice].label.toLowerCase()}: ${choice.count}`,
    );
    lines.push(
      `Willing to pay more for better service: ${percent(pay.shareWilling)} of ${pay.answered} who answered (${spread.join(', ')}).`,
    );
  }
  return lines;
}
