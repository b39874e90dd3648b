import type { VoteOutcome, VoteThreshold } from '../approval';
import { plural } from '../numbers/plural';

/** The board's rule for passing a motion, as the approval record and the minutes name it. */
export const thresholdRules: Record<VoteThreshold, string> = {
  'majority-present': 'a majority of the members present',
  'majority-seats': 'a majority of all seats',
  'two-thirds-present': 'two-thirds of the members present',
};

type Counts = Pick<VoteOutcome, 'present' | 'seats'>;

/**
 * The rule with this meeting's numbers: "two-thirds of the 6 present", "a majority of the 7
 * seats". Before anyone is recorded present, the rule alone ("a majority of the members
 * present"), not "a majority of the 0 present".
 */
export function thresholdCounted(threshold: VoteThreshold, counts: Counts): string {
  switch (threshold) {
    case 'majority-present':
      return counts.present === 0
        ? thresholdRules[threshold]
        : `a majority of the ${counts.present} present`;
    case 'majority-seats':
      return `a majority of the ${counts.seats} seats`;
    case 'two-thirds-present':
      return counts.present === 0
        ? thresholdRules[threshold]
        : `two-thirds of the ${counts.present} present`;
  }
}

/**
 * The ayes cast against the ayes the rule needs: "3 ayes; 4 needed (two-thirds of the 6
 * present)". The ayes come first and stand alone, so it cannot be read as "3 were needed".
 */
export function ayesAgainstNeeded(
  threshold: VoteThreshold,
  outcome: Pick<VoteOutcome, 'ayes' | 'ayesNeeded' | 'present' | 'seats'>,
): string {
  return `${plural(outcome.ayes, 'aye')}; ${outcome.ayesNeeded} needed (${thresholdCounted(threshold, outcome)})`;
}
