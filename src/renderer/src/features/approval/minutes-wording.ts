import type { Meeting, VoteChoice, VoteOutcome } from '@shared/domain/approval';
import type { BoardMember } from '@shared/domain/utility';
import { printedDate, type Language } from '@shared/domain/printed-date';
import type { Text } from '../../i18n/use-text';

export interface MinutesInput {
  meeting: Meeting;
  outcome: VoteOutcome;
  board: BoardMember[];
  utilityName: string;
  revision: number;
}

/** The language the minutes are written in, and its catalog. */
export interface MinutesLanguage {
  text: Text;
  language: Language;
}

/**
 * A plain paragraph for the secretary's minutes, built from what was recorded. Anything not
 * recorded yet shows as a bracketed blank, so the secretary sees what is still to fill in.
 */
export function minutesWording(input: MinutesInput, words: MinutesLanguage): string {
  const { meeting, outcome, board, utilityName, revision } = input;
  const { text, language } = words;
  const nameOf = (id: string | null) => {
    const member = board.find((candidate) => candidate.id === id);
    return member && member.name !== '' ? member.name : null;
  };
  const mover = nameOf(meeting.movedBy) ?? text('approval.minutes.whoMoved');
  const seconder = nameOf(meeting.secondedBy) ?? text('approval.minutes.whoSeconded');
  const resolution = meeting.resolutionNumber || text('approval.minutes.number');
  const body =
    utilityName === ''
      ? text('approval.minutes.board')
      : text('approval.minutes.boardOf', { name: utilityName });
  const date =
    meeting.date === '' ? text('approval.minutes.date') : printedDate(meeting.date, language);
  const place = meeting.place || text('approval.minutes.place');

  const sentences = [text('approval.minutes.met', { body, date, place })];
  if (meeting.notice !== '') {
    sentences.push(text('approval.minutes.notice', { notice: meeting.notice }));
  }
  sentences.push(
    text('approval.minutes.present', {
      present: outcome.present,
      seats: outcome.seats,
      quorum: outcome.hasQuorum ? 'yes' : 'no',
    }),
  );
  const agreement = text('approval.minutes.agreement', { revision });
  // The rule is named so the minutes show the vote met (or missed) what the bylaws ask.
  const rule = text('approval.minutes.required', {
    rule: text(`approval.minutes.rule.${meeting.threshold}`),
    ayes: outcome.ayesNeeded,
  });
  const tally = text('approval.minutes.tally', {
    ayes: outcome.ayes,
    nays: outcome.nays,
    others: othersOf(outcome),
    abstaining: outcome.abstentions,
    absent: outcome.absent,
    rule,
  });
  const motion = { mover, seconder, resolution, agreement, tally };
  sentences.push(
    text(outcome.carried ? 'approval.minutes.carried' : 'approval.minutes.failed', motion),
  );
  sentences.push(...rollCall(meeting, board, text));
  return sentences.join(' ');
}

/** Which of the abstaining and the absent the tally names besides the ayes and nays. */
function othersOf(outcome: VoteOutcome): 'none' | 'abstaining' | 'absent' | 'both' {
  if (outcome.abstentions > 0) return outcome.absent > 0 ? 'both' : 'abstaining';
  return outcome.absent > 0 ? 'absent' : 'none';
}

function rollCall(meeting: Meeting, board: BoardMember[], text: Text): string[] {
  const votes = new Map(meeting.votes.map((row) => [row.memberId, row.vote]));
  return (['aye', 'nay', 'abstain', 'absent'] as const satisfies VoteChoice[]).flatMap((choice) => {
    const names = board
      .filter((member) => (votes.get(member.id) ?? 'absent') === choice)
      .map((member) => member.name || text('approval.minutes.noName'));
    return names.length === 0
      ? []
      : [text(`approval.minutes.roll.${choice}`, { names: names.join(', ') })];
  });
}
