/**
 * The review rules that look at one goal at a time, by the id their findings carry. The goal
 * card's badges are typed by these (features/goals/goal-flags.ts), so a rule without a badge, or
 * a misspelt id, does not compile.
 */
export const goalRuleIds = [
  'no-area',
  'no-direction',
  'measurable',
  'baseline',
  'stand-in',
  'service',
  'capability',
  'floor',
  'contradiction',
  'measure-changed',
  'stretch',
  'stretch-cost',
  'customer-input',
  'area',
] as const;
export type GoalRuleId = (typeof goalRuleIds)[number];

/** Every rule's id: the goal rules and those about the agreement as a whole. */
export const reviewRuleIds = [...goalRuleIds, 'count', 'balance'] as const;
export type ReviewRuleId = (typeof reviewRuleIds)[number];

export function isGoalRuleId(id: ReviewRuleId): id is GoalRuleId {
  return (goalRuleIds as readonly string[]).includes(id);
}
