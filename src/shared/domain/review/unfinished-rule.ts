import { perGoal } from './per-goal';
import type { ReviewRule } from './review-input';

/**
 * Blocker: a new goal starts with no area and no way its target works (issue 11: no silent
 * defaults), and the agreement cannot print or approve a goal until the board has chosen both.
 */
const noArea = perGoal('no-area', ({ goal, label }) => {
  if (goal.area !== null) return null;
  return {
    severity: 'blocker',
    message: `${label} is unfinished: its area is not chosen yet, so the agreement cannot say where it belongs.`,
    fix: 'Open the goal and choose its area in the “Goal area” field.',
  };
});

const noDirection = perGoal('no-direction', ({ goal, label }) => {
  if (goal.direction !== null) return null;
  return {
    severity: 'blocker',
    message: `${label} is unfinished: it does not yet say how its target works (at most, at least, yes or no, or within a range).`,
    fix: 'Open the goal and choose one under “How the target works”.',
  };
});

export const unfinishedRule: ReviewRule = (input) => [...noArea(input), ...noDirection(input)];
