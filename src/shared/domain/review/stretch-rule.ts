import { amountWithUnit } from '../numbers/unit-words';
import { isStretch } from './is-stretch';
import { perGoal } from './per-goal';

const budgetFix =
  'Mark it as a stretch goal and budget for it in the cost note: a higher level of service costs more, and the rates and reserves must pay for it.';

/** Note: a big step up is allowed, but the board should see what it will cost (DOMAIN.md section 1). */
export const stretchRule = perGoal('stretch', ({ goal, label }) => {
  if (!isStretch(goal)) return null;
  if (goal.direction === 'yes-no') {
    return {
      severity: 'note',
      message: `${label} starts something the system does not do today. Starting something new needs time and money.`,
      fix: budgetFix,
    };
  }
  const today = amountWithUnit(goal.baseline.value ?? 0, goal.unit);
  const target = amountWithUnit(goal.target ?? 0, goal.unit);
  return {
    severity: 'note',
    message: `${label} aims for ${target}, against ${today} today: a stretch well beyond the current level.`,
    fix: budgetFix,
  };
});
