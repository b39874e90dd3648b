import { z } from 'zod';
import { saidSchema } from '../i18n/said';
import { goalAreas } from './goal-areas';
import { reviewRuleIds } from './review/rule-ids';

/** Blockers stop approval (issue 5); warnings and notes are advice the board may accept. */
export const findingSeverities = ['blocker', 'warning', 'note'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

export const findingSchema = z.strictObject({
  /** Stable across runs, such as `measurable:g-12`, so the screen can keep its place. */
  key: z.string(),
  severity: z.enum(findingSeverities),
  /** The rule, for grouping and for the goal card's badge. */
  rule: z.enum(reviewRuleIds),
  /** What is wrong, said in the reader's language. */
  message: saidSchema,
  /** What to do about it, in plain words. */
  fix: saidSchema,
  goalId: z.string().nullable(),
  area: z.enum(goalAreas).nullable(),
});
export type Finding = z.output<typeof findingSchema>;
