import { z } from 'zod';
import { englishLabels } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { calendarDate, lineText, paragraphText, rowId, wholeNumber } from './text';

/** Each board member's vote; "absent" also means not present for the quorum. */
export const voteChoices = ['aye', 'nay', 'abstain', 'absent'] as const;
export type VoteChoice = (typeof voteChoices)[number];

/** How many ayes carry the motion. */
export const voteThresholds = ['majority-present', 'majority-seats', 'two-thirds-present'] as const;
export type VoteThreshold = (typeof voteThresholds)[number];

/** Quorum: by default a majority of the seats; some bylaws fix a number. */
export const quorumRules = ['majority-of-seats', 'fixed-number'] as const;
export type QuorumRule = (typeof quorumRules)[number];

export const memberVoteSchema = z.strictObject({
  /** A board member's id from step 1. */
  memberId: rowId,
  vote: z.enum(voteChoices, { error: issueMessage('validation.approval.vote') }),
});
export type MemberVote = z.output<typeof memberVoteSchema>;

/** Step 7's labels: the form shows them and the schema's messages name them alike. */
export const meetingLabelKeys = {
  date: 'validation.label.meeting.date',
  place: 'validation.label.meeting.place',
  notice: 'validation.label.meeting.notice',
  seats: 'validation.label.meeting.seats',
  quorumRule: 'validation.label.meeting.quorumRule',
  quorumFixed: 'validation.label.meeting.quorumFixed',
  threshold: 'validation.label.meeting.threshold',
  movedBy: 'validation.label.meeting.movedBy',
  secondedBy: 'validation.label.meeting.secondedBy',
  resolutionNumber: 'validation.label.meeting.resolutionNumber',
  minutesExcerpt: 'validation.label.meeting.minutesExcerpt',
} as const;
export const meetingLabels = englishLabels(meetingLabelKeys);

/** The board meeting that votes on the agreement (step 7). */
export const meetingSchema = z.strictObject({
  date: calendarDate(meetingLabelKeys.date),
  place: lineText(meetingLabelKeys.place, 200),
  /** How the meeting was noticed (posted, mailed, published) — open-meetings rules. */
  notice: paragraphText(meetingLabelKeys.notice, 1000),
  seats: wholeNumber(meetingLabelKeys.seats, 50, 5),
  quorumRule: z.enum(quorumRules, { error: issueMessage('validation.approval.quorumRule') }),
  quorumFixed: wholeNumber(meetingLabelKeys.quorumFixed, 50, 3),
  threshold: z.enum(voteThresholds, { error: issueMessage('validation.approval.threshold') }),
  votes: z.array(memberVoteSchema).max(50),
  movedBy: rowId.nullable(),
  secondedBy: rowId.nullable(),
  resolutionNumber: lineText(meetingLabelKeys.resolutionNumber, 40),
  minutesExcerpt: paragraphText(meetingLabelKeys.minutesExcerpt, 5000),
});
export type Meeting = z.output<typeof meetingSchema>;

export const emptyMeeting: Meeting = {
  date: '',
  place: '',
  notice: '',
  seats: null,
  quorumRule: 'majority-of-seats',
  quorumFixed: null,
  threshold: 'majority-present',
  votes: [],
  movedBy: null,
  secondedBy: null,
  resolutionNumber: '',
  minutesExcerpt: '',
};

/** The tally and whether the motion carried, computed by the vote rules. */
export const voteOutcomeSchema = z.strictObject({
  seats: z.number().int(),
  present: z.number().int(),
  quorumNeeded: z.number().int(),
  hasQuorum: z.boolean(),
  ayes: z.number().int(),
  nays: z.number().int(),
  abstentions: z.number().int(),
  absent: z.number().int(),
  ayesNeeded: z.number().int(),
  carried: z.boolean(),
  /** One plain sentence: "Carried 4–1 with 1 abstention" or why it failed. */
  summary: z.string(),
});
export type VoteOutcome = z.output<typeof voteOutcomeSchema>;
