import { amountWithUnit } from '../numbers/unit-words';
import { isStretch } from './is-stretch';
import { perGoal } from './per-goal';
import type { ReviewRule } from './review-input';

const why = 'a higher level of service costs more, and the rates and reserves must pay for it.';

/**
 * Note: a big step up is allowed, but the board should see what it will cost (DOMAIN.md section
 * 1). The advice names the control that follows it and is gone once the goal is marked.
 */
const unmarked = perGoal('stretch', ({ goal, label }) => {
  if (goal.stretch || !isStretch(goal)) return null;
  const fix = `Tick “Stretch goal” (under “Who set it and why”) and budget for it in the “Cost note” field: ${why}`;
  if (goal.direction === 'yes-no') {
    return {
      severity: 'note',
      message: `${label} starts something the system does not do today. Starting something new needs time and money.`,
      fix,
    };
  }
  const today = amountWithUnit(goal.baseline.value ?? 0, goal.unit);
  const target = amountWithUnit(goal.target ?? 0, goal.unit);
  return {
    severity: 'note',
    message: `${label} aims for ${target}, against ${today} today: a stretch well beyond the current level.`,
    fix,
  };
});

/** Note: a goal marked as a stretch says it needs a budget; the cost note is where it goes. */
const unbudgeted = perGoal('stretch-cost', ({ goal, label }) => {
  if (!goal.stretch || goal.costNote.trim() !== '') return null;
  return {
    severity: 'note',
    message: `${label} is marked as a stretch goal, but its cost note is empty.`,
    fix: `Write in the “Cost note” field what reaching it will cost and how it will be paid for: ${why}`,
  };
});

export const stretchRule: ReviewRule = (input) => [...unmarked(input), ...unbudgeted(input)];
