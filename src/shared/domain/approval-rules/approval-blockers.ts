import { said, type Said, type SaidValue } from '../../i18n/said';
import { saidList } from '../../i18n/said-list';
import type { Meeting, VoteOutcome } from '../approval';
import { ayesNeededSaid } from './ayes-needed';
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
export function approvalBlockers(input: ApprovalInput): Said[] {
  const { findings, meeting, outcome, board } = input;
  const reasons: Said[] = [];

  const blockers = findings.filter((finding) => finding.severity === 'blocker').length;
  if (blockers > 0) reasons.push(said('approvalRules.blocker.review', { count: blockers }));
  if (meeting.date === '') reasons.push(said('approvalRules.blocker.date'));
  if (meeting.place === '') reasons.push(said('approvalRules.blocker.place'));
  if (meeting.quorumRule === 'fixed-number' && meeting.quorumFixed === null) {
    reasons.push(said('approvalRules.blocker.quorumFixed'));
  }
  reasons.push(...motionReasons(meeting, board));

  const recorded = new Set(meeting.votes.map((row) => row.memberId));
  const missing = board.filter((member) => !recorded.has(member.id));
  if (missing.length > 0) {
    const names = saidList(missing.map((member) => nameOf(member, board)));
    reasons.push(said('approvalRules.blocker.votes', { names }));
  }

  if (!outcome.hasQuorum) {
    reasons.push(
      said('approvalRules.blocker.noQuorum', {
        present: outcome.present,
        seats: outcome.seats,
        needed: outcome.quorumNeeded,
      }),
    );
  } else if (!outcome.carried) {
    reasons.push(
      said('approvalRules.blocker.notCarried', {
        tally: ayesNeededSaid(meeting.threshold, outcome),
      }),
    );
  }

  if (meeting.resolutionNumber === '') {
    // A string, so the year is not grouped like a number ("2,027").
    const year = /^\d{4}/.exec(meeting.date)?.[0] ?? '2026';
    reasons.push(said('approvalRules.blocker.resolution', { year }));
  }
  return reasons;
}

function motionReasons(meeting: Meeting, board: BoardMember[]): Said[] {
  // The last row for a member wins, as in the tally.
  const votes = new Map(meeting.votes.map((row) => [row.memberId, row.vote]));
  const reasonFor = (id: string | null, role: 'moved' | 'seconded'): Said | null => {
    if (id === null) return said('approvalRules.motion.choose', { role });
    const member = board.find((candidate) => candidate.id === id);
    if (member === undefined) return said('approvalRules.motion.gone', { role });
    if ((votes.get(id) ?? 'absent') === 'absent') {
      return said('approvalRules.motion.absent', { role, name: nameOf(member, board, true) });
    }
    return null;
  };
  const reasons = [reasonFor(meeting.movedBy, 'moved')];
  if (meeting.movedBy !== null && meeting.movedBy === meeting.secondedBy) {
    reasons.push(said('approvalRules.motion.same'));
  } else {
    reasons.push(reasonFor(meeting.secondedBy, 'seconded'));
  }
  return reasons.filter((reason) => reason !== null);
}

/**
 * A member as the board knows them; a row with no name yet by its place in the list. At the
 * start of a sentence the name is capitalised as typed, or "Board member 2".
 */
function nameOf(member: BoardMember, board: BoardMember[], starts = false): SaidValue {
  const number = board.indexOf(member) + 1;
  if (member.name === '') {
    return said(starts ? 'approvalRules.member.numberedStart' : 'approvalRules.member.numbered', {
      number,
    });
  }
  return starts ? member.name.charAt(0).toUpperCase() + member.name.slice(1) : member.name;
}
