import type { Meeting, VoteOutcome } from '../approval';
import { listOf } from '../list-of';
import { ayesAgainstNeeded } from './ayes-needed';
import type { Finding } from '../review-finding';
import type { BoardMember } from '../utility';

export interface ApprovalInput {
  findings: Finding[];
  meeting: Meeting;
  outcome: VoteOutcome;
  board: BoardMember[];
}

/**
 * Why the board's approval cannot be recorded yet, each reason saying what to do; empty when it
 * can. A board acts only as a body at a noticed meeting, by a motion that is moved, seconded and
 * carried with a quorum, and small systems adopt documents by numbered resolution (DOMAIN.md §4).
 */
export function approvalBlockers(input: ApprovalInput): string[] {
  const { findings, meeting, outcome, board } = input;
  const reasons: string[] = [];

  const blockers = findings.filter((finding) => finding.severity === 'blocker').length;
  if (blockers > 0) {
    reasons.push(
      blockers === 1
        ? 'The review found 1 problem that blocks approval: fix it on the Review step.'
        : `The review found ${blockers} problems that block approval: fix them on the Review step.`,
    );
  }
  if (meeting.date === '') reasons.push('Enter the date of the board meeting.');
  if (meeting.place === '') reasons.push('Enter where the board met.');
  if (meeting.quorumRule === 'fixed-number' && meeting.quorumFixed === null) {
    reasons.push('Enter the quorum your bylaws fix, or choose a majority of the seats.');
  }
  reasons.push(...motionReasons(meeting, board));

  const recorded = new Set(meeting.votes.map((row) => row.memberId));
  const missing = board.filter((member) => !recorded.has(member.id));
  if (missing.length > 0) {
    reasons.push(
      `Record a vote for ${listOf(missing.map((member) => nameOf(member, board)))}: ` +
        'aye, nay, abstain or absent.',
    );
  }

  if (!outcome.hasQuorum) {
    reasons.push(
      `There was no quorum (${outcome.present} of ${outcome.seats} seats present, ` +
        `${outcome.quorumNeeded} needed): the board can approve only at a meeting with a quorum.`,
    );
  } else if (!outcome.carried) {
    reasons.push(
      `The motion did not carry: ${ayesAgainstNeeded(meeting.threshold, outcome)}. ` +
        'The agreement is approved only by a motion that carries: check each recorded vote against the minutes.',
    );
  }

  if (meeting.resolutionNumber === '') {
    const year = /^\d{4}/.exec(meeting.date)?.[0] ?? '2026';
    reasons.push(
      'Enter the resolution number: small systems adopt documents by numbered resolution, ' +
        `such as Resolution No. ${year}-3.`,
    );
  }
  return reasons;
}

function motionReasons(meeting: Meeting, board: BoardMember[]): string[] {
  // The last row for a member wins, as in the tally.
  const votes = new Map(meeting.votes.map((row) => [row.memberId, row.vote]));
  const reasonFor = (id: string | null, role: 'moved' | 'seconded'): string | null => {
    if (id === null) return `Choose who ${role} the motion.`;
    const member = board.find((candidate) => candidate.id === id);
    if (member === undefined) {
      return `The member who ${role} the motion is no longer on the board: choose who ${role} it.`;
    }
    if ((votes.get(id) ?? 'absent') === 'absent') {
      return (
        `${capitalised(nameOf(member, board))} ${role} the motion but is not recorded as ` +
        `present: record their vote, or choose who ${role} it.`
      );
    }
    return null;
  };
  const reasons = [reasonFor(meeting.movedBy, 'moved')];
  if (meeting.movedBy !== null && meeting.movedBy === meeting.secondedBy) {
    reasons.push('The same member cannot move and second the motion: choose who seconded it.');
  } else {
    reasons.push(reasonFor(meeting.secondedBy, 'seconded'));
  }
  return reasons.filter((reason) => reason !== null);
}

/** A member as the board knows them; a row with no name yet by its place in the list. */
function nameOf(member: BoardMember, board: BoardMember[]): string {
  return member.name === '' ? `board member ${board.indexOf(member) + 1}` : member.name;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
