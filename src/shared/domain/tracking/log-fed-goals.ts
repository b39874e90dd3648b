import type { FeedbackTopic } from '../customers/feedback-entry';
import type { GoalFields } from '../goal';

/** The two logs a goal's results can come from. */
export const resultLogs = ['outages', 'complaints'] as const;
export type ResultLog = (typeof resultLogs)[number];

/** How a goal's results are read from the outage log: restoration time or notice given. */
export interface OutageRule {
  log: 'outages';
  measure: 'restoration' | 'notice';
  /** The goal's unit per hour: 1 for hours, 60 for minutes, 1/24 for days. */
  perHour: number;
}

/** How a goal's results are read from the complaint log: from received to responded or resolved. */
export interface ComplaintRule {
  log: 'complaints';
  until: 'responded' | 'resolved';
  /** Working days (dates only) or hours (times on both ends needed). */
  counting: 'working-days' | 'hours';
  perHour: number;
  /** The complaints that count, by topic; null for every complaint. */
  topics: readonly FeedbackTopic[] | null;
}

export type LogRule = OutageRule | ComplaintRule;

type RuleShape = Omit<OutageRule, 'perHour'> | Omit<ComplaintRule, 'perHour'>;

/**
 * The library goals a log can answer (resources/goal-templates.json), by template id. A crew on
 * site (CS3, CS10) is the complaint's "responded" time; CS3 is about breaks and outages, so
 * only complaints on those topics count, as only sewer backups count for CS10 and odor for CS24.
 */
const rulesByTemplate: Record<string, RuleShape> = {
  CS4: { log: 'outages', measure: 'restoration' },
  CS5: { log: 'outages', measure: 'notice' },
  CS7: { log: 'complaints', until: 'resolved', counting: 'working-days', topics: null },
  CS24: { log: 'complaints', until: 'responded', counting: 'working-days', topics: ['odor'] },
  CS3: {
    log: 'complaints',
    until: 'responded',
    counting: 'hours',
    topics: ['outages', 'leaks'],
  },
  CS10: { log: 'complaints', until: 'responded', counting: 'hours', topics: ['backups'] },
};

/** The time units a duration can be given in, per hour. */
const perHourOfUnit: Record<string, number> = {
  hour: 1,
  hours: 1,
  hrs: 1,
  minute: 60,
  minutes: 60,
  mins: 60,
  day: 1 / 24,
  days: 1 / 24,
};

const workingDayUnits = new Set(['working day', 'working days', 'business day', 'business days']);

/**
 * Whether a goal of the revision in force takes its results from a log, and how. A goal is
 * recognised by the template its approved version carries, not by its words (decision 51): the
 * board may reword a goal, and a goal written by hand keeps typed results. The log gives one
 * figure per event, so only a goal still measured at each event, in a unit the figure can be
 * said in, is fed; any other keeps typed results rather than getting a figure in a unit it
 * does not use.
 */
export function logRuleOf(
  goal: Pick<GoalFields, 'templateId' | 'frequency' | 'unit' | 'direction'>,
): LogRule | null {
  const shape = goal.templateId === null ? undefined : rulesByTemplate[goal.templateId];
  if (shape === undefined || goal.frequency !== 'each-event' || goal.direction === 'yes-no') {
    return null;
  }
  const unit = goal.unit.trim().toLowerCase();
  if (shape.log === 'complaints' && shape.counting === 'working-days') {
    return workingDayUnits.has(unit) ? { ...shape, perHour: 1 } : null;
  }
  const perHour = perHourOfUnit[unit];
  return perHour === undefined ? null : { ...shape, perHour };
}
