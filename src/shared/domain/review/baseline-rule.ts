import { perGoal } from './per-goal';

/** Warning: without today's level nobody can tell whether the goal is being met or improved. */
export const baselineRule = perGoal('baseline', ({ goal, label }) => {
  if (goal.baseline.value !== null || goal.baseline.missingReason.trim() !== '') return null;
  return {
    severity: 'warning',
    message: `${label} has no baseline: today's level is not recorded, and no reason is given.`,
    fix: "Enter today's value and where it comes from, or write why there is no baseline yet (for example, that measuring starts this year).",
  };
});
