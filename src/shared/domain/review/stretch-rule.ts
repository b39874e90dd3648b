import { said } from '../../i18n/said';
import { amountSaid } from './amount-said';
import { isStretch } from './is-stretch';
import { perGoal } from './per-goal';
import type { ReviewRule } from './review-input';

/**
 * Note: a big step up is allowed, but the board should see what it will cost (DOMAIN.md section
 * 1). The advice names the control that follows it and is gone once the goal is marked.
 */
const unmarked = perGoal('stretch', ({ goal, label }) => {
  if (goal.stretch || !isStretch(goal)) return null;
  const fix = said('findings.stretch.fix');
  if (goal.direction === 'yes-no') {
    return { severity: 'note', message: said('findings.stretch.new', { label }), fix };
  }
  const today = amountSaid(goal.baseline.value ?? 0, goal.unit);
  const target = amountSaid(goal.target ?? 0, goal.unit);
  return {
    severity: 'note',
    message: said('findings.stretch.beyond', { label, target, today }),
    fix,
  };
});

/** Note: a goal marked as a stretch says it needs a budget; the cost note is where it goes. */
const unbudgeted = perGoal('stretch-cost', ({ goal, label }) => {
  if (!goal.stretch || goal.costNote.trim() !== '') return null;
  return {
    severity: 'note',
    message: said('findings.stretch.noCost', { label }),
    fix: said('findings.stretch.noCost.fix'),
  };
});

export const stretchRule: ReviewRule = (input) => [...unmarked(input), ...unbudgeted(input)];
