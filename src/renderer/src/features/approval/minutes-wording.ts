import type { Meeting, VoteChoice, VoteOutcome } from '@shared/domain/approval';
import type { BoardMember } from '@shared/domain/utility';
import { plainDate } from '@shared/domain/plain-date';
import { thresholdRules } from '@shared/domain/approval-rules/ayes-needed';
import { plural } from '@shared/domain/numbers/plural';

export interface MinutesInput {
  meeting: Meeting;
  outcome: VoteOutcome;
  board: BoardMember[];
  utilityName: string;
  revision: number;
}

/**
 * A plain paragraph for the secretary's minutes, built from what was recorded. Anything not
 * recorded yet shows as a bracketed blank, so the secretary sees what is still to fill in.
 */
export function minutesWording(input: MinutesInput): string {
  const { meeting, outcome, board, utilityName, revision } = input;
  const nameOf = (id: string | null) => {
    const member = board.find((candidate) => candidate.id === id);
    return member && member.name !== '' ? member.name : null;
  };
  const mover = nameOf(meeting.movedBy) ?? '[who moved]';
  const seconder = nameOf(meeting.secondedBy) ?? '[who seconded]';
  const resolution = meeting.resolutionNumber || '[number]';
  const body = utilityName === '' ? 'The board' : `The board of ${utilityName}`;
  const date = meeting.date === '' ? '[date]' : plainDate(meeting.date);
  const place = meeting.place || '[place]';

  const sentences = [`${body} met on ${date} at ${place}.`];
  if (meeting.notice !== '') sentences.push(`Notice of the meeting: ${meeting.notice}`);
  sentences.push(
    `${outcome.present} of ${outcome.seats} members were present; ` +
      (outcome.hasQuorum ? 'a quorum was present.' : 'there was no quorum.'),
  );
  const agreement = `the Level of Service Agreement, revision ${revision}`;
  // The rule is named so the minutes show the vote met (or missed) what the bylaws ask.
  const rule = `${thresholdRules[meeting.threshold]} (${plural(outcome.ayesNeeded, 'aye')}) was required`;
  const tally = `by a vote of ${outcome.ayes} to ${outcome.nays}${others(outcome)}; ${rule}`;
  sentences.push(
    outcome.carried
      ? `On motion by ${mover}, seconded by ${seconder}, the board adopted Resolution No. ${resolution} approving ${agreement}, ${tally}.`
      : `A motion by ${mover}, seconded by ${seconder}, to adopt Resolution No. ${resolution} approving ${agreement} failed, ${tally}.`,
  );
  sentences.push(...rollCall(meeting, board));
  return sentences.join(' ');
}

function others(outcome: VoteOutcome): string {
  const parts = [
    outcome.abstentions > 0 ? `${outcome.abstentions} abstaining` : '',
    outcome.absent > 0 ? `${outcome.absent} absent` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `, with ${parts.join(' and ')}`;
}

const rollCallLabels: Record<VoteChoice, string> = {
  aye: 'Voting aye',
  nay: 'Voting nay',
  abstain: 'Abstaining',
  absent: 'Absent',
};

function rollCall(meeting: Meeting, board: BoardMember[]): string[] {
  const votes = new Map(meeting.votes.map((row) => [row.memberId, row.vote]));
  return (['aye', 'nay', 'abstain', 'absent'] as const).flatMap((choice) => {
    const names = board
      .filter((member) => (votes.get(member.id) ?? 'absent') === choice)
      .map((member) => member.name || 'a member with no name yet');
    return names.length === 0 ? [] : [`${rollCallLabels[choice]}: ${names.join(', ')}.`];
  });
}
