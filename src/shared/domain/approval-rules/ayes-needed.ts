import { said, type Said } from '../../i18n/said';
import { sayIn } from '../../i18n/say-in';
import type { VoteOutcome, VoteThreshold } from '../approval';

type Counts = Pick<VoteOutcome, 'present' | 'seats'>;

/**
 * The board's rule for passing a motion with this meeting's numbers: "two-thirds of the 6
 * present", "a majority of the 7 seats". Before anyone is recorded present, the rule alone
 * ("a majority of the members present"), not "a majority of the 0 present".
 */
export function thresholdCounted(threshold: VoteThreshold, counts: Counts): Said {
  switch (threshold) {
    case 'majority-present':
    case 'two-thirds-present':
      return counts.present === 0
        ? said(`approvalRules.threshold.${threshold}`)
        : said(`approvalRules.threshold.${threshold}.counted`, { present: counts.present });
    case 'majority-seats':
      return said('approvalRules.threshold.majority-seats.counted', { seats: counts.seats });
  }
}

/**
 * The ayes cast against the ayes the rule needs: "3 ayes; 4 needed (two-thirds of the 6
 * present)". The ayes come first and stand alone, so it cannot be read as "3 were needed".
 */
export function ayesNeededSaid(
  threshold: VoteThreshold,
  outcome: Pick<VoteOutcome, 'ayes' | 'ayesNeeded' | 'present' | 'seats'>,
): Said {
  return said('approvalRules.ayesNeeded', {
    ayes: outcome.ayes,
    needed: outcome.ayesNeeded,
    rule: thresholdCounted(threshold, outcome),
  });
}

/** The same in English, as the English approval record prints it. */
export function ayesAgainstNeeded(
  threshold: VoteThreshold,
  outcome: Pick<VoteOutcome, 'ayes' | 'ayesNeeded' | 'present' | 'seats'>,
): string {
  return sayIn(ayesNeededSaid(threshold, outcome), 'en');
}
