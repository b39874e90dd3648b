import { describe, expect, it } from 'vitest';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import { boardOf, meetingWith } from './approval-fixtures';

describe('voteOutcome: counting', () => {
  it('carries 4–1 with an abstention and an absence, and says so', () => {
    const outcome = voteOutcome(meetingWith('yyyynax'), boardOf(7));
    expect(outcome).toEqual({
      seats: 7,
      present: 6,
      quorumNeeded: 4,
      hasQuorum: true,
      ayes: 4,
      nays: 1,
      abstentions: 1,
      absent: 1,
      ayesNeeded: 4,
      carried: true,
      summary: 'Carried 4–1, 1 abstaining, 1 absent.',
    });
  });

  it('says a unanimous vote plainly', () => {
    expect(voteOutcome(meetingWith('yyy'), boardOf(3)).summary).toBe('Carried 3–0.');
  });

  it('fails a tie and says a tie does not carry', () => {
    const outcome = voteOutcome(meetingWith('yynn'), boardOf(4));
    expect(outcome.carried).toBe(false);
    expect(outcome.hasQuorum).toBe(true);
    expect(outcome.summary).toBe('Failed: 2 ayes, 2 nays (a tie does not carry).');
  });

  it('counts abstentions as present but not as ayes', () => {
    // 2 ayes beat 1 nay, but 5 are present, so 3 ayes are needed.
    const outcome = voteOutcome(meetingWith('yynaa'), boardOf(5));
    expect(outcome).toMatchObject({ present: 5, abstentions: 2, ayesNeeded: 3, carried: false });
    expect(outcome.summary).toBe('Failed: 2 ayes; 3 needed (a majority of the 5 present).');
  });

  it('lets abstaining members make the quorum', () => {
    const outcome = voteOutcome(meetingWith('yyaxx'), boardOf(5));
    expect(outcome).toMatchObject({ present: 3, quorumNeeded: 3, hasQuorum: true, carried: true });
  });

  it('does not carry without a quorum, even unanimously', () => {
    const outcome = voteOutcome(meetingWith('yyxxx'), boardOf(5));
    expect(outcome).toMatchObject({ present: 2, absent: 3, hasQuorum: false, carried: false });
    expect(outcome.summary).toBe('No quorum: 2 of 5 seats present, 3 needed.');
  });

  it('counts a member with no vote row as absent', () => {
    const outcome = voteOutcome(meetingWith('yyy--'), boardOf(5));
    expect(outcome).toMatchObject({ present: 3, absent: 2, carried: true });
    expect(outcome.summary).toBe('Carried 3–0, 2 absent.');
  });

  it('ignores vote rows for people not on the board', () => {
    const meeting = meetingWith('yx', {
      votes: [
        { memberId: 'm1', vote: 'aye' },
        { memberId: 'former', vote: 'aye' },
        { memberId: 'm2', vote: 'absent' },
        { memberId: 'stranger', vote: 'nay' },
      ],
    });
    const outcome = voteOutcome(meeting, boardOf(3));
    expect(outcome).toMatchObject({ present: 1, ayes: 1, nays: 0, absent: 2, hasQuorum: false });
  });

  it('takes the last row when a member was recorded twice', () => {
    const meeting = meetingWith('', {
      votes: [
        { memberId: 'm1', vote: 'nay' },
        { memberId: 'm1', vote: 'aye' },
      ],
    });
    expect(voteOutcome(meeting, boardOf(1))).toMatchObject({ ayes: 1, nays: 0, carried: true });
  });

  it('finds no quorum at a meeting with nothing recorded', () => {
    const outcome = voteOutcome(meetingWith(''), boardOf(5));
    expect(outcome).toMatchObject({ present: 0, absent: 5, hasQuorum: false, carried: false });
    expect(outcome.summary).toBe('No quorum: 0 of 5 seats present, 3 needed.');
  });

  it('carries nothing for an empty board', () => {
    expect(voteOutcome(meetingWith(''), [])).toMatchObject({
      seats: 0,
      quorumNeeded: 1,
      carried: false,
    });
  });
});

describe('voteOutcome: quorum', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
  ])('needs a majority of %i seats: %i', (seats, needed) => {
    expect(voteOutcome(meetingWith(''), boardOf(seats)).quorumNeeded).toBe(needed);
  });

  it('counts vacant seats when the meeting gives more seats than members', () => {
    // 7 seats, 5 filled: quorum is 4 of the seats, not 3 of the members.
    const short = voteOutcome(meetingWith('yyyxx', { seats: 7 }), boardOf(5));
    expect(short).toMatchObject({ seats: 7, quorumNeeded: 4, hasQuorum: false });
    const enough = voteOutcome(meetingWith('yyyyx', { seats: 7 }), boardOf(5));
    expect(enough).toMatchObject({ hasQuorum: true, carried: true });
  });

  it('uses a fixed quorum when the bylaws set one', () => {
    const meeting = meetingWith('yyxxx', { quorumRule: 'fixed-number', quorumFixed: 2 });
    expect(voteOutcome(meeting, boardOf(5))).toMatchObject({
      quorumNeeded: 2,
      hasQuorum: true,
      carried: true,
      summary: 'Carried 2–0, 3 absent.',
    });
    const higher = meetingWith('yyyyx', { quorumRule: 'fixed-number', quorumFixed: 5 });
    expect(voteOutcome(higher, boardOf(5))).toMatchObject({ quorumNeeded: 5, hasQuorum: false });
  });

  it('never lets an empty room be a quorum, even with a fixed quorum of 0', () => {
    const meeting = meetingWith('xxx', { quorumRule: 'fixed-number', quorumFixed: 0 });
    expect(voteOutcome(meeting, boardOf(3))).toMatchObject({ quorumNeeded: 1, hasQuorum: false });
  });

  it('falls back to a majority of seats while the fixed number is not entered', () => {
    const meeting = meetingWith('yyxxx', { quorumRule: 'fixed-number', quorumFixed: null });
    expect(voteOutcome(meeting, boardOf(5))).toMatchObject({ quorumNeeded: 3, hasQuorum: false });
  });
});

describe('voteOutcome: thresholds', () => {
  it('two-thirds of 6 present: 4 ayes carry, 3 do not', () => {
    const twoThirds = { threshold: 'two-thirds-present' as const };
    expect(voteOutcome(meetingWith('yyyynn', twoThirds), boardOf(6))).toMatchObject({
      ayesNeeded: 4,
      carried: true,
    });
    const three = voteOutcome(meetingWith('yyynna', twoThirds), boardOf(6));
    expect(three).toMatchObject({ ayesNeeded: 4, carried: false });
    expect(three.summary).toBe('Failed: 3 ayes; 4 needed (two-thirds of the 6 present).');
  });

  it.each([
    ['yyy', 2, true], // 3 present: ceil(2) = 2
    ['yyn', 2, true],
    ['ynn', 2, false],
    ['yyyn', 3, true], // 4 present: ceil(8/3) = 3
    ['yynn', 3, false],
    ['yyyyn', 4, true], // 5 present: ceil(10/3) = 4
    ['yyynn', 4, false],
  ])('two-thirds present with %s needs %i ayes', (votes, needed, carried) => {
    const meeting = meetingWith(votes, { threshold: 'two-thirds-present' });
    expect(voteOutcome(meeting, boardOf(votes.length))).toMatchObject({
      ayesNeeded: needed,
      carried,
    });
  });

  it('a majority of all seats needs more than a majority of those present', () => {
    // 7 seats, 5 present, 3–2: carries among those present, not of all seats.
    const board = boardOf(7);
    expect(voteOutcome(meetingWith('yyynnxx'), board).carried).toBe(true);
    const ofSeats = voteOutcome(meetingWith('yyynnxx', { threshold: 'majority-seats' }), board);
    expect(ofSeats).toMatchObject({ ayesNeeded: 4, carried: false });
    expect(ofSeats.summary).toBe('Failed: 3 ayes; 4 needed (a majority of the 7 seats).');
    const four = voteOutcome(meetingWith('yyyynxx', { threshold: 'majority-seats' }), board);
    expect(four.carried).toBe(true);
  });

  it('a tie fails under every threshold', () => {
    for (const threshold of ['majority-present', 'majority-seats', 'two-thirds-present'] as const) {
      const outcome = voteOutcome(meetingWith('yyynnn', { threshold }), boardOf(6));
      expect(outcome.carried, threshold).toBe(false);
      expect(outcome.summary, threshold).toBe('Failed: 3 ayes, 3 nays (a tie does not carry).');
    }
  });

  it('carries nothing when everyone present abstains', () => {
    const outcome = voteOutcome(meetingWith('aaa'), boardOf(3));
    expect(outcome).toMatchObject({ hasQuorum: true, ayes: 0, carried: false });
    expect(outcome.summary).toBe('Failed: 0 ayes; 2 needed (a majority of the 3 present).');
  });
});
