import type { VoteOutcome, VoteThreshold } from '@shared/domain/approval';
import type { Text } from '../../i18n/use-text';

type Counts = Pick<VoteOutcome, 'ayes' | 'ayesNeeded' | 'present' | 'seats'>;

/**
 * The ayes cast against the ayes the rule needs, "3 ayes; 4 needed (two-thirds of the 6
 * present)": ayes-needed.ts's words, in the screen's language.
 */
export function ayesNeededWords(text: Text, threshold: VoteThreshold, counts: Counts): string {
  const rule = text(`approval.rule.${threshold}`, {
    present: counts.present,
    seats: counts.seats,
  });
  return text('approval.outcome.needed', { ayes: counts.ayes, needed: counts.ayesNeeded, rule });
}

/** Whether the headline already names the ayes needed: a motion that failed on its count. */
export function failedOnCount(outcome: VoteOutcome): boolean {
  const tie = outcome.ayes === outcome.nays && outcome.ayes > 0;
  return outcome.hasQuorum && !outcome.carried && !tie;
}

/**
 * The outcome in one sentence, "Carried 4–1." or "No quorum: …": vote-outcome.ts's summary,
 * worked out again from the counts in the screen's language (the stored summary is English).
 */
export function outcomeHeadline(
  text: Text,
  threshold: VoteThreshold,
  outcome: VoteOutcome,
): string {
  const { seats, present, quorumNeeded, ayes, nays, abstentions, absent } = outcome;
  if (!outcome.hasQuorum) {
    return text('approval.outcome.noQuorum', { present, seats, needed: quorumNeeded });
  }
  const others = { abstaining: abstentions, absent };
  if (outcome.carried) return text('approval.outcome.carried', { ayes, nays, ...others });
  if (!failedOnCount(outcome)) return text('approval.outcome.tie', { ayes, nays, ...others });
  return text('approval.outcome.failed', { needed: ayesNeededWords(text, threshold, outcome) });
}
