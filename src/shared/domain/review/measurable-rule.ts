import { measurementGaps, type MeasurementGap } from './is-measurable';
import { perGoal } from './per-goal';

const missing: Record<MeasurementGap, string> = {
  wording: 'no wording',
  unit: 'no unit',
  target: 'no target number',
  'upper-target': 'no upper end for its range, or an upper end below the lower one',
};

const todo: Record<MeasurementGap, string> = {
  wording: 'write what the goal promises in one plain sentence',
  unit: 'enter its unit (such as hours, % or calls)',
  target: 'enter the target number',
  'upper-target': 'enter an upper end at or above the lower end of the range',
};

/** Blocker: a goal nobody can check is a wish, not a level of service. */
export const measurableRule = perGoal('measurable', ({ goal, label }) => {
  const gaps = measurementGaps(goal);
  if (gaps.length === 0) return null;
  return {
    severity: 'blocker',
    message: `${label} cannot be measured yet: it has ${joinWords(gaps.map((g) => missing[g]))}.`,
    fix: `Open the goal and ${joinWords(gaps.map((g) => todo[g]))}.`,
  };
});

/** "a", "a and b", "a, b and c". */
function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
