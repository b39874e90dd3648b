import type { QuorumRule, VoteChoice, VoteThreshold } from '@shared/domain/approval';

export const voteLabels: Record<VoteChoice, string> = {
  aye: 'Aye',
  nay: 'Nay',
  abstain: 'Abstain',
  absent: 'Absent',
};

/** The board's rule for passing a motion, in the words of its bylaws. */
export const thresholdLabels: Record<VoteThreshold, { label: string; description: string }> = {
  'majority-present': {
    label: 'More than half of those present',
    description: 'The usual rule: with 4 present, 3 ayes carry the motion.',
  },
  'majority-seats': {
    label: 'More than half of all seats',
    description: 'Counts every seat, present or not: with 5 seats, 3 ayes are needed.',
  },
  'two-thirds-present': {
    label: 'Two-thirds of those present',
    description: 'Some bylaws ask this for major decisions: with 5 present, 4 ayes.',
  },
};

export const quorumLabels: Record<QuorumRule, string> = {
  'majority-of-seats': 'More than half of the seats (the usual rule)',
  'fixed-number': 'A number set by our bylaws',
};
