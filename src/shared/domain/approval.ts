import { z } from 'zod';
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
  vote: z.enum(voteChoices, { error: 'Vote must be aye, nay, abstain or absent.' }),
});
export type MemberVote = z.output<typeof memberVoteSchema>;

/** Step 7's labels: the form shows them and the schema's messages name them alike. */
export const meetingLabels = {
  date: 'Meeting date',
  place: 'Place',
  notice: 'How the meeting was noticed',
  seats: 'Board seats',
  quorumRule: 'Quorum: how many must be present',
  quorumFixed: 'Quorum set by the bylaws',
  threshold: 'What it takes to pass',
  movedBy: 'Moved by',
  secondedBy: 'Seconded by',
  resolutionNumber: 'Resolution number',
  minutesExcerpt: 'Minutes excerpt',
};

/** The board meeting that votes on the agreement (step 7). */
export const meetingSchema = z.strictObject({
  date: calendarDate(meetingLabels.date),
  place: lineText(meetingLabels.place, 200),
  /** How the meeting was noticed (posted, mailed, published) — open-meetings rules. */
  notice: paragraphText(meetingLabels.notice, 1000),
  seats: wholeNumber(meetingLabels.seats, 50, 5),
  quorumRule: z.enum(quorumRules, { error: 'Choose how the quorum is set.' }),
  quorumFixed: wholeNumber(meetingLabels.quorumFixed, 50, 3),
  threshold: z.enum(voteThresholds, { error: 'Choose what it takes to pass.' }),
  votes: z.array(memberVoteSchema).max(50),
  movedBy: rowId.nullable(),
  secondedBy: rowId.nullable(),
  resolutionNumber: lineText(meetingLabels.resolutionNumber, 40),
  minutesExcerpt: paragraphText(meetingLabels.minutesExcerpt, 5000),
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
