import type { Meeting, VoteChoice, VoteOutcome, VoteThreshold } from '../approval';
import { said, type Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { sayIn } from '../../i18n/say-in';
import type { BoardMember } from '../utility';
import { ayesNeededSaid } from './ayes-needed';

/**
 * The tally and whether the motion carried. Only members on the board count: a vote row for an
 * id no longer on the board is ignored, and a member with no vote row counts as absent (the
 * approval blockers ask for every vote to be recorded). Abstentions count toward the quorum but
 * not as ayes; a tie never carries; and nothing carries without a quorum.
 */
export function voteOutcome(meeting: Meeting, board: BoardMember[]): VoteOutcome {
  const votes = new Map<string, VoteChoice>();
  // A later row for the same member wins, as the last thing the secretary recorded.
  for (const row of meeting.votes) votes.set(row.memberId, row.vote);
  const count = (choice: VoteChoice) =>
    board.filter((member) => (votes.get(member.id) ?? 'absent') === choice).length;

  const ayes = count('aye');
  const nays = count('nay');
  const abstentions = count('abstain');
  const absent = count('absent');
  const present = ayes + nays + abstentions;
  const seats = meeting.seats ?? board.length;
  const quorumNeeded = quorumFor(meeting, seats);
  const hasQuorum = present >= quorumNeeded;
  const ayesNeeded = ayesNeededFor(meeting.threshold, present, seats);
  const carried = hasQuorum && ayes >= ayesNeeded;

  const tally = { seats, present, quorumNeeded, ayes, nays, abstentions, absent, ayesNeeded };
  return {
    ...tally,
    hasQuorum,
    carried,
    // Stored with the approval in English, as the board approved it; screens say outcomeSummary.
    summary: sayIn(outcomeSummary({ ...tally, hasQuorum, carried }, meeting.threshold), 'en'),
  };
}

function quorumFor(meeting: Meeting, seats: number): number {
  const majority = Math.floor(seats / 2) + 1;
  // A fixed rule with no number yet falls back to the usual majority; the approval blockers
  // ask for the number, so this never decides an approval on its own.
  if (meeting.quorumRule === 'fixed-number' && meeting.quorumFixed !== null) {
    // A meeting with nobody present is no meeting, whatever the bylaws say.
    return Math.max(1, meeting.quorumFixed);
  }
  return majority;
}

function ayesNeededFor(threshold: VoteThreshold, present: number, seats: number): number {
  // At least one aye, so that an empty room never "carries" a motion.
  switch (threshold) {
    case 'majority-present':
      return Math.max(1, Math.floor(present / 2) + 1);
    case 'majority-seats':
      return Math.max(1, Math.floor(seats / 2) + 1);
    case 'two-thirds-present':
      return Math.max(1, Math.ceil((2 * present) / 3));
  }
}

/**
 * The outcome in one sentence, worked out from the counts: "Carried 4–1, 1 abstaining", "No
 * quorum: …", or why it failed. The nays and the rest of a failed vote are shown beside it on
 * screen and in the record's tally row.
 */
export function outcomeSummary(
  outcome: Omit<VoteOutcome, 'summary'>,
  threshold: VoteThreshold,
): Said {
  const { seats, present, quorumNeeded, ayes, nays, abstentions, absent } = outcome;
  if (!outcome.hasQuorum) {
    return said('approvalRules.summary.noQuorum', { present, seats, needed: quorumNeeded });
  }
  const counts = { ayes, nays, abstaining: abstentions, absent };
  if (outcome.carried) return said('approvalRules.summary.carried', counts);
  if (ayes === nays && ayes > 0) return said('approvalRules.summary.tie', counts);
  return said('approvalRules.summary.failed', { tally: ayesNeededSaid(threshold, outcome) });
}

/**
 * A kept approval's outcome for the screens: in English the stored `summary`, exactly as the
 * board approved it (it is fingerprinted); in Spanish worked out again from the stored counts,
 * as the Spanish agreement prints it. Every snapshot format keeps the counts, the quorum and the
 * meeting's threshold, so no fact is missing. When the counts give back the stored English word
 * for word (every approval this app has recorded), the message itself travels; otherwise (a
 * summary worded another way) both texts travel, so the English stays the stored one.
 */
export function storedOutcomeSaid(outcome: VoteOutcome, threshold: VoteThreshold): Said {
  const rebuilt = outcomeSummary(outcome, threshold);
  return sayIn(rebuilt, 'en') === outcome.summary
    ? rebuilt
    : saidEach({ en: outcome.summary, es: sayIn(rebuilt, 'es') });
}
