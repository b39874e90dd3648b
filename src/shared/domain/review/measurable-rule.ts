import { said } from '../../i18n/said';
import { saidList } from '../../i18n/said-list';
import { measurementGaps } from './is-measurable';
import { perGoal } from './per-goal';

/** Blocker: a goal nobody can check is a wish, not a level of service. */
export const measurableRule = perGoal('measurable', ({ goal, label }) => {
  const gaps = measurementGaps(goal);
  if (gaps.length === 0) return null;
  return {
    severity: 'blocker',
    message: said('findings.measurable', {
      label,
      missing: saidList(gaps.map((gap) => said(`findings.measurable.missing.${gap}`))),
    }),
    fix: said('findings.measurable.fix', {
      todo: saidList(gaps.map((gap) => said(`findings.measurable.todo.${gap}`))),
    }),
  };
});
