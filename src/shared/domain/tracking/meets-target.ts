import type { GoalFields } from '../goal';

export type TargetTerms = Pick<GoalFields, 'direction' | 'target' | 'targetHigh'>;

/**
 * Whether one result keeps the promise: at most and at least include the target itself, a range
 * includes both ends, and a yes-or-no goal is kept by the answer it promises (1 yes, 0 no).
 * Null when the goal has no target to hold the result to.
 */
export function meetsTarget(goal: TargetTerms, value: number): boolean | null {
  const { direction, target, targetHigh } = goal;
  if (direction === 'yes-no') return value === (target === 0 ? 0 : 1);
  if (target === null || direction === null) return null;
  switch (direction) {
    case 'at-most':
      return value <= target;
    case 'at-least':
      return value >= target;
    case 'range':
      return targetHigh === null ? null : value >= target && value <= targetHigh;
  }
}
