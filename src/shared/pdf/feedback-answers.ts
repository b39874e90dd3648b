import type { PayChoice } from '../domain/customers/feedback-entry';
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

const payWords: Record<PayChoice, string> = {
  'as-now': 'as now',
  'plus-10': '+10%',
  'plus-50': '+50%',
};

/**
 * "2 h: 1, 4 h: 3, a day: 0": how many chose each answer to a question in hours; `day` is how
 * the 24-hour choice is worded on that question's card.
 */
function hourSpread(answers: HourAnswers, day = 'a day'): string {
  return answers.distribution
    .map((choice) => `${choice.hours === 24 ? day : formatHours(choice.hours)}: ${choice.count}`)
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
      `A crew should be at a sewage backup in a home within ${spanWords(cleanup.medianHours)} (the median of ${cleanup.answered} answers; ${hourSpread(cleanup)}).`,
    );
  }
  if (overflowNotice.answered > 0) {
    lines.push(
      `Customers want to be told of a sewage overflow near their home within ${spanWords(overflowNotice.medianHours)} (the median of ${overflowNotice.answered} answers; ${hourSpread(overflowNotice)}).`,
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
      `A planned shutoff is acceptable for up to ${spanWords(outage.medianHours)} (the median of ${outage.answered} answers; ${hourSpread(outage, 'a full day')}).`,
    );
  }
  if (notice !== null && notice.answered > 0) {
    const days = notice.medianDays;
    const median = days === null ? '—' : days === 7 ? 'a week' : plural(days, 'day', 'days');
    lines.push(
      `Notice wanted before a shutoff: ${median} (the median of ${notice.answered} answers).`,
    );
  }
  if (runsSewer(systemType)) lines.push(...sewerAnswers(tally));
  if (pay.answered > 0) {
    const spread = pay.distribution.map((choice) => `${payWords[choice.choice]}: ${choice.count}`);
    lines.push(
      `Willing to pay more for better service: ${percent(pay.shareWilling)} of ${pay.answered} who answered (${spread.join(', ')}).`,
    );
  }
  return lines;
}
