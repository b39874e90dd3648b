import type { GoalArea } from '../../../../shared/domain/goal-areas';
import {
  feedbackTopicTitles,
  type FeedbackEntry,
  type FeedbackStrength,
  type FeedbackTopic,
  type PayChoice,
} from '../../../../shared/domain/customers/feedback-entry';

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

/**
 * The goal area a new external goal on a topic starts in; the board can change it in the goal.
 * Most of what customers raise is service they feel; leaks and conservation are about water
 * saved, sewer about the environment, and rates about affordability (the Social area).
 */
export const topicAreas: Record<FeedbackTopic, GoalArea> = {
  'water-quality': 'customer-service',
  pressure: 'customer-service',
  outages: 'customer-service',
  leaks: 'water-efficiency',
  sewer: 'environmental',
  billing: 'customer-service',
  courtesy: 'customer-service',
  response: 'customer-service',
  conservation: 'water-efficiency',
  rates: 'social',
  other: 'customer-service',
};

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
    entry.willingToPay === null ? null : `Would pay ${payTitles[entry.willingToPay].toLowerCase()}`,
  ].filter((answer) => answer !== null);
  return answers.length === 0 ? 'No standard questions answered.' : answers.join(' · ');
}
