import { said } from '../../i18n/said';
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
    message: said('findings.noArea', { label }),
    fix: said('findings.noArea.fix'),
  };
});

const noDirection = perGoal('no-direction', ({ goal, label }) => {
  if (goal.direction !== null) return null;
  return {
    severity: 'blocker',
    message: said('findings.noDirection', { label }),
    fix: said('findings.noDirection.fix'),
  };
});

export const unfinishedRule: ReviewRule = (input) => [...noArea(input), ...noDirection(input)];
