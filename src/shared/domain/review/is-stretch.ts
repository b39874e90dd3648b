import type { GoalFields } from '../goal';

// A quarter better than today is more than a board can reach by working the same way.
const stretchFactor = 0.25;

type StretchFields = Pick<GoalFields, 'direction' | 'target' | 'baseline'>;

/**
 * The target is much better than today's level: a quarter lower (at most), a quarter higher or
 * anything above zero (at least), or a yes/no goal the system does not meet today.
 */
export function isStretch(fields: StretchFields): boolean {
  const baseline = fields.baseline.value;
  const target = fields.target;
  if (baseline === null) return false;
  switch (fields.direction) {
    case 'yes-no':
      return baseline === 0;
    case 'at-most':
      return target !== null && baseline > 0 && target < baseline * (1 - stretchFactor);
    case 'at-least':
      if (target === null) return false;
      return baseline === 0 ? target > 0 : baseline > 0 && target > baseline * (1 + stretchFactor);
    case 'range':
      // A range is a band to stay in, not a level to climb towards.
      return false;
    case null:
      // Until the board says how the target works, there is no telling which way is up.
      return false;
  }
}
