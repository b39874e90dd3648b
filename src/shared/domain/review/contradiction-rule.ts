import { directionConflict } from './direction-conflict';
import { perGoal } from './per-goal';

const sideWords = { 'at-most': 'At most', 'at-least': 'At least' } as const;

/**
 * Warning: the sentence the board reads and the target that is tracked must say the same thing;
 * "at least 500 gpm" tracked as "at most 500" would be met by no water at all.
 */
export const contradictionRule = perGoal('contradiction', ({ goal, label }) => {
  const conflict = directionConflict(goal);
  if (conflict === null) return null;
  // The words say one side, so the target is set to the other.
  const chosen = sideWords[conflict.says === 'at-most' ? 'at-least' : 'at-most'];
  return {
    severity: 'warning',
    message: `${label} says “${conflict.words}”, but its target is set to “${chosen}”: the words and the target that is tracked disagree.`,
    fix: `Choose “${sideWords[conflict.says]}” under “How the target works”, or reword the goal so it says what the target says.`,
  };
});
