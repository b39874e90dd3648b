import { describe, expect, it } from 'vitest';
import type { Meeting, VoteThreshold } from '../../../src/shared/domain/approval';
import { approvalBlockers } from '../../../src/shared/domain/approval-rules/approval-blockers';
import { ayesAgainstNeeded } from '../../../src/shared/domain/approval-rules/ayes-needed';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import { approvalRecord } from '../../../src/shared/pdf/approval-record';
import { createIntl } from 'react-intl';
import {
  minutesWording,
  type MinutesLanguage,
} from '../../../src/shared/domain/minutes/minutes-wording';
import { catalogs } from '../../../src/renderer/src/i18n/catalog';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { textOf } from '../pdf/document-walk';
import { boardOf, completeMeeting, votesOf } from './approval-fixtures';

const englishIntl = createIntl({ locale: 'en-US', messages: catalogs.en });
/** The minutes in English, as an English screen words them. */
const english: MinutesLanguage = {
  text: (key, values) => englishIntl.formatMessage({ id: key }, values),
  language: 'en',
};

/** Seven seats; the letters are the roll call (see votesOf). */
function decided(threshold: VoteThreshold, letters: string) {
  const meeting: Meeting = completeMeeting({ threshold, votes: votesOf(letters) });
  const board = boardOf(7);
  return { meeting, board, outcome: voteOutcome(meeting, board) };
}

const minutesOf = ({ meeting, outcome, board }: ReturnType<typeof decided>) =>
  minutesWording({ meeting, outcome, board, utilityName: 'Cedar Flats', revision: 2 }, english);

const recordOf = ({ meeting, outcome, board }: ReturnType<typeof decided>) =>
  textOf(approvalRecord(7, 2, board, { meeting, outcome, meetingDate: 'March 12, 2026' }));

// Each case: the threshold, the roll call, whether it carries, the ayes-against-needed words,
// and the rule as the minutes name it.
const cases = [
  [
    'majority-present',
    'yyynnxx',
    true,
    '3 ayes; 3 needed (a majority of the 5 present)',
    'a majority of the members present (3 ayes) was required',
  ],
  [
    'majority-present',
    'yynnnax',
    false,
    '2 ayes; 4 needed (a majority of the 6 present)',
    'a majority of the members present (4 ayes) was required',
  ],
  [
    'majority-seats',
    'yyyynxx',
    true,
    '4 ayes; 4 needed (a majority of the 7 seats)',
    'a majority of all seats (4 ayes) was required',
  ],
  [
    'majority-seats',
    'yyynnxx',
    false,
    '3 ayes; 4 needed (a majority of the 7 seats)',
    'a majority of all seats (4 ayes) was required',
  ],
  [
    'two-thirds-present',
    'yyyynnx',
    true,
    '4 ayes; 4 needed (two-thirds of the 6 present)',
    'two-thirds of the members present (4 ayes) was required',
  ],
  [
    'two-thirds-present',
    'yyynnax',
    false,
    '3 ayes; 4 needed (two-thirds of the 6 present)',
    'two-thirds of the members present (4 ayes) was required',
  ],
] as const;

describe('the ayes cast against the ayes needed', () => {
  it.each(cases)('%s, %s: carried %s', (threshold, letters, carried, needed, rule) => {
    const vote = decided(threshold, letters);
    expect(vote.outcome.carried).toBe(carried);
    expect(ayesAgainstNeeded(threshold, vote.outcome)).toBe(needed);
    // The PDF's approval record states it in the same words, and never the old "3 of 4".
    expect(recordOf(vote)).toContain(`To pass ${needed}.`);
    expect(recordOf(vote)).not.toMatch(/\d of \d ayes/);
    // The suggested minutes name the rule the vote was held to.
    expect(minutesOf(vote)).toContain(`; ${rule}.`);
    if (carried) {
      expect(minutesOf(vote)).toContain('the board adopted Resolution No. 2026-3');
      expect(approvalBlockers({ findings: [], ...vote })).toEqual([]);
    } else {
      expect(vote.outcome.summary).toBe(`Failed: ${needed}.`);
      expect(minutesOf(vote)).toContain('failed, by a vote of');
      const reasons = approvalBlockers({ findings: [], ...vote });
      expect(reasons.map((reason) => sayIn(reason, 'en'))).toEqual([
        `The motion did not carry: ${needed}. The agreement is approved only by a motion that carries: check each recorded vote against the minutes.`,
      ]);
    }
  });

  it('says 1 aye and 1 needed in the singular', () => {
    const counts = { present: 1, seats: 1, ayesNeeded: 1 };
    expect(ayesAgainstNeeded('majority-present', { ...counts, ayes: 1 })).toBe(
      '1 aye; 1 needed (a majority of the 1 present)',
    );
    expect(ayesAgainstNeeded('two-thirds-present', { ...counts, ayes: 0 })).toBe(
      '0 ayes; 1 needed (two-thirds of the 1 present)',
    );
  });

  it('says 1 aye in the singular in a failed vote, and the minutes say 1 aye was required', () => {
    const board = boardOf(3);
    const meeting = { ...completeMeeting(), votes: [{ memberId: 'm1', vote: 'aye' as const }] };
    const quorate = { ...meeting, quorumRule: 'fixed-number' as const, quorumFixed: 1 };
    const outcome = voteOutcome(quorate, board);
    expect(outcome).toMatchObject({ present: 1, ayes: 1, ayesNeeded: 1, carried: true });
    expect(
      minutesWording({ meeting: quorate, outcome, board, utilityName: '', revision: 1 }, english),
    ).toContain('a majority of the members present (1 aye) was required.');
    const twoOfThree = voteOutcome(
      {
        ...quorate,
        threshold: 'two-thirds-present',
        votes: [
          { memberId: 'm1', vote: 'aye' },
          { memberId: 'm2', vote: 'nay' },
          { memberId: 'm3', vote: 'nay' },
        ],
      },
      board,
    );
    expect(twoOfThree.summary).toBe('Failed: 1 aye; 2 needed (two-thirds of the 3 present).');
  });

  it('names the rule alone, not "0 present", before anyone is recorded present', () => {
    const nobody = { ayes: 0, ayesNeeded: 1, present: 0, seats: 5 };
    expect(ayesAgainstNeeded('majority-present', nobody)).toBe(
      '0 ayes; 1 needed (a majority of the members present)',
    );
    expect(ayesAgainstNeeded('majority-seats', { ...nobody, ayesNeeded: 3 })).toBe(
      '0 ayes; 3 needed (a majority of the 5 seats)',
    );
  });
});
