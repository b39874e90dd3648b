import { said } from '../../i18n/said';
import { directionConflict } from './direction-conflict';
import { perGoal } from './per-goal';

/**
 * Warning: the sentence the board reads and the target that is tracked must say the same thing;
 * "at least 500 gpm" tracked as "at most 500" would be met by no water at all.
 */
export const contradictionRule = perGoal('contradiction', ({ goal, label }) => {
  const conflict = directionConflict(goal);
  if (conflict === null) return null;
  // The words say one side, so the target is set to the other.
  const chosen = said(`findings.side.${conflict.says === 'at-most' ? 'at-least' : 'at-most'}`);
  return {
    severity: 'warning',
    message: said('findings.contradiction', { label, words: conflict.words, chosen }),
    fix: said('findings.contradiction.fix', { side: said(`findings.side.${conflict.says}`) }),
  };
});
