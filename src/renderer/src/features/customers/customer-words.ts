import {
  feedbackTopicTitles,
  type FeedbackEntry,
  type FeedbackStrength,
  type PayChoice,
} from '@shared/domain/customers/feedback-entry';

export const strengthTitles: Record<FeedbackStrength, string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  strong: 'Strong',
};

export const payTitles: Record<PayChoice, string> = {
  'as-now': 'As now',
  'plus-10': '+10%',
  'plus-50': '+50%',
};

export function outageTitle(hours: number): string {
  return hours === 24 ? 'A full day' : `${hours} hours`;
}

export function noticeTitle(days: number): string {
  return days === 7 ? 'A week' : days === 1 ? '1 day' : `${days} days`;
}

/** A sewer question's choice in hours: "4 hours", "A day", "3 days". */
export function sewerHoursTitle(hours: number): string {
  if (hours === 24) return 'A day';
  return hours > 24 ? `${hours / 24} days` : `${hours} hours`;
}

/** One entry in a line for the list: topic, strength and what was said (never the name). */
export function entrySummary(entry: FeedbackEntry): string {
  const said = entry.said.trim() === '' ? '(no words written down)' : `“${entry.said}”`;
  return `${feedbackTopicTitles[entry.topic]} · ${strengthTitles[entry.strength]} · ${said}`;
}

/** The standard questions' answers on a card, such as "Satisfaction 4 · Outage up to 8 hours". */
export function entryAnswers(entry: FeedbackEntry): string {
  const answers = [
    entry.satisfaction === null ? null : `Satisfaction ${entry.satisfaction} of 5`,
    entry.acceptableOutageHours === null
      ? null
      : `Outage up to ${outageTitle(entry.acceptableOutageHours).toLowerCase()}`,
    entry.noticeDays === null ? null : `Notice ${noticeTitle(entry.noticeDays).toLowerCase()}`,
    entry.cleanupHours === null
      ? null
      : `Backup cleanup within ${sewerHoursTitle(entry.cleanupHours).toLowerCase()}`,
    entry.overflowNoticeHours === null
      ? null
      : `Told of an overflow within ${sewerHoursTitle(entry.overflowNoticeHours).toLowerCase()}`,
    entry.willingToPay === null ? null : `Would pay ${payTitles[entry.willingToPay].toLowerCase()}`,
  ].filter((answer) => answer !== null);
  return answers.length === 0 ? 'No standard questions answered.' : answers.join(' · ');
}
