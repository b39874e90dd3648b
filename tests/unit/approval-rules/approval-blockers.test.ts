import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/approval';
import { approvalBlockers } from '../../../src/shared/domain/approval-rules/approval-blockers';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import type { Finding } from '../../../src/shared/domain/review-finding';
import type { BoardMember } from '../../../src/shared/domain/utility';
import { said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { boardOf, completeMeeting, meetingWith, votesOf } from './approval-fixtures';

function finding(severity: Finding['severity'], key: string): Finding {
  const [message, fix] = [said('findings.count.none'), said('findings.count.none.fix')];
  return { key, severity, rule: 'measurable', message, fix, goalId: null, area: null };
}

/** The reasons for a meeting in English, with the outcome computed from it as the app does. */
function reasonsFor(
  meeting: Meeting,
  options: { findings?: Finding[]; board?: BoardMember[] } = {},
): string[] {
  const board = options.board ?? boardOf(6);
  return approvalBlockers({
    findings: options.findings ?? [],
    meeting,
    outcome: voteOutcome(meeting, board),
    board,
  }).map((reason) => sayIn(reason, 'en'));
}

describe('approvalBlockers', () => {
  it('has nothing to say about a complete meeting that carried', () => {
    expect(reasonsFor(completeMeeting())).toEqual([]);
  });

  it('ignores review warnings and notes, but not blockers', () => {
    const advice = [finding('warning', 'w'), finding('note', 'n')];
    expect(reasonsFor(completeMeeting(), { findings: advice })).toEqual([]);
    expect(
      reasonsFor(completeMeeting(), { findings: [...advice, finding('blocker', 'b')] }),
    ).toEqual(['The review found 1 problem that blocks approval: fix it on the Review step.']);
    const two = [finding('blocker', 'b1'), finding('blocker', 'b2')];
    expect(reasonsFor(completeMeeting(), { findings: two })).toEqual([
      'The review found 2 problems that block approval: fix them on the Review step.',
    ]);
  });

  it('asks for the meeting date and place', () => {
    expect(reasonsFor(completeMeeting({ date: '' }))).toContain(
      'Enter the date of the board meeting.',
    );
    expect(reasonsFor(completeMeeting({ place: '' }))).toEqual(['Enter where the board met.']);
  });

  it('asks for the fixed quorum when the rule is a fixed number', () => {
    const meeting = completeMeeting({ quorumRule: 'fixed-number', quorumFixed: null });
    expect(reasonsFor(meeting)).toEqual([
      'Enter the quorum your bylaws fix, or choose a majority of the seats.',
    ]);
    expect(reasonsFor(completeMeeting({ quorumRule: 'fixed-number', quorumFixed: 4 }))).toEqual([]);
  });

  it('asks who moved and who seconded the motion', () => {
    expect(reasonsFor(completeMeeting({ movedBy: null }))).toEqual([
      'Choose who moved the motion.',
    ]);
    expect(reasonsFor(completeMeeting({ secondedBy: null }))).toEqual([
      'Choose who seconded the motion.',
    ]);
  });

  it('refuses a member seconding their own motion', () => {
    expect(reasonsFor(completeMeeting({ secondedBy: 'm1' }))).toEqual([
      'The same member cannot move and second the motion: choose who seconded it.',
    ]);
  });

  it('names a mover or seconder who was not present', () => {
    // Member 2 seconded but is recorded absent; the motion still carries 3–1.
    const meeting = completeMeeting({ votes: votesOf('yxyyna') });
    expect(reasonsFor(meeting)).toEqual([
      'Member 2 seconded the motion but is not recorded as present: record their vote, or choose who seconded it.',
    ]);
    const board = boardOf(6).map((member) =>
      member.id === 'm1' ? { ...member, name: '' } : member,
    );
    const noRow = completeMeeting({ votes: votesOf('-yyyyn') });
    expect(reasonsFor(noRow, { board })).toEqual([
      'Board member 1 moved the motion but is not recorded as present: record their vote, or choose who moved it.',
      'Record a vote for board member 1: aye, nay, abstain or absent.',
    ]);
  });

  it('notices a mover who has left the board', () => {
    expect(reasonsFor(completeMeeting({ movedBy: 'gone' }))).toEqual([
      'The member who moved the motion is no longer on the board: choose who moved it.',
    ]);
  });

  it('names the members whose vote is not recorded', () => {
    const meeting = completeMeeting({ votes: votesOf('yyyy--') });
    expect(reasonsFor(meeting)).toEqual([
      'Record a vote for Member 5 and Member 6: aye, nay, abstain or absent.',
    ]);
    const three = completeMeeting({ votes: votesOf('yyyy') });
    expect(reasonsFor(three, { board: boardOf(7) })).toEqual([
      'Record a vote for Member 5, Member 6 and Member 7: aye, nay, abstain or absent.',
    ]);
  });

  it('refuses a vote without a quorum, saying how far short it was', () => {
    const meeting = completeMeeting({ votes: votesOf('yyxxxx') });
    expect(reasonsFor(meeting)).toEqual([
      'There was no quorum (2 of 6 seats present, 4 needed): the board can approve only at a meeting with a quorum.',
    ]);
  });

  it('refuses a motion that did not carry', () => {
    const meeting = completeMeeting({ votes: votesOf('yyynnn') });
    expect(reasonsFor(meeting)).toEqual([
      'The motion did not carry: 3 ayes; 4 needed (a majority of the 6 present). The agreement is approved only by a motion that carries: check each recorded vote against the minutes.',
    ]);
  });

  it('asks for the resolution number and says why, with the meeting year', () => {
    expect(reasonsFor(completeMeeting({ resolutionNumber: '' }))).toEqual([
      'Enter the resolution number: small systems adopt documents by numbered resolution, such as Resolution No. 2026-3.',
    ]);
    const undated = reasonsFor(completeMeeting({ resolutionNumber: '', date: '' }));
    expect(undated.at(-1)).toMatch(/Resolution No\. \d{4}-3\.$/);
  });

  it('lists every reason at once for an empty meeting, in the order of the form', () => {
    const reasons = reasonsFor(meetingWith(''), {
      findings: [finding('blocker', 'b')],
      board: boardOf(2),
    });
    expect(reasons).toEqual([
      'The review found 1 problem that blocks approval: fix it on the Review step.',
      'Enter the date of the board meeting.',
      'Enter where the board met.',
      'Choose who moved the motion.',
      'Choose who seconded the motion.',
      'Record a vote for Member 1 and Member 2: aye, nay, abstain or absent.',
      'There was no quorum (0 of 2 seats present, 2 needed): the board can approve only at a meeting with a quorum.',
      expect.stringMatching(/^Enter the resolution number/),
    ]);
  });
});
