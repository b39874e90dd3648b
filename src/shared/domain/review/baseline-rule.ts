import { said } from '../../i18n/said';
import { perGoal } from './per-goal';

/** Warning: without today's level nobody can tell whether the goal is being met or improved. */
export const baselineRule = perGoal('baseline', ({ goal, label }) => {
  if (goal.baseline.value !== null || goal.baseline.missingReason.trim() !== '') return null;
  return {
    severity: 'warning',
    message: said('findings.baseline', { label }),
    fix: said('findings.baseline.fix'),
  };
});
