import type { KeysOf } from '../../i18n/define-messages';
import type { minutesMessages } from '../../i18n/messages/minutes-messages';
import type { Meeting, VoteChoice, VoteOutcome } from '../approval';
import { printedDate, type Language } from '../printed-date';
import type { BoardMember } from '../utility';

/** A minutes message in the reader's language: the screen's catalog, or the paper's sayIn. */
export type MinutesText = (
  key: KeysOf<typeof minutesMessages>,
  values?: Record<string, string | number>,
) => string;

export interface MinutesInput {
  meeting: Meeting;
  outcome: VoteOutcome;
  board: BoardMember[];
  utilityName: string;
  revision: number;
}

/** The language the minutes are written in, and its catalog. */
export interface MinutesLanguage {
  text: MinutesText;
  language: Language;
}

/**
 * A plain paragraph for the secretary's minutes (step 7 suggests it; the minutes excerpt printed
 * after the vote falls back to it when the board saved none), built from what was recorded. Anything not
 * recorded yet shows as a bracketed blank, so the secretary sees what is still to fill in.
 */
export function minutesWording(input: MinutesInput, words: MinutesLanguage): string {
  const { meeting, outcome, board, utilityName, revision } = input;
  const { text, language } = words;
  const nameOf = (id: string | null) => {
    const member = board.find((candidate) => candidate.id === id);
    return member && member.name !== '' ? member.name : null;
  };
  const mover = nameOf(meeting.movedBy) ?? text('minutes.whoMoved');
  const seconder = nameOf(meeting.secondedBy) ?? text('minutes.whoSeconded');
  const resolution = meeting.resolutionNumber || text('minutes.number');
  const body =
    utilityName === '' ? text('minutes.board') : text('minutes.boardOf', { name: utilityName });
  const date = meeting.date === '' ? text('minutes.date') : printedDate(meeting.date, language);
  const place = meeting.place || text('minutes.place');

  const sentences = [text('minutes.met', { body, date, place })];
  if (meeting.notice !== '') {
    sentences.push(text('minutes.notice', { notice: meeting.notice }));
  }
  sentences.push(
    text('minutes.present', {
      present: outcome.present,
      seats: outcome.seats,
      quorum: outcome.hasQuorum ? 'yes' : 'no',
    }),
  );
  const agreement = text('minutes.agreement', { revision });
  // The rule is named so the minutes show the vote met (or missed) what the bylaws ask.
  const rule = text('minutes.required', {
    rule: text(`minutes.rule.${meeting.threshold}`),
    ayes: outcome.ayesNeeded,
  });
  const tally = text('minutes.tally', {
    ayes: outcome.ayes,
    nays: outcome.nays,
    others: othersOf(outcome),
    abstaining: outcome.abstentions,
    absent: outcome.absent,
    rule,
  });
  const motion = { mover, seconder, resolution, agreement, tally };
  sentences.push(text(outcome.carried ? 'minutes.carried' : 'minutes.failed', motion));
  sentences.push(...rollCall(meeting, board, text));
  return sentences.join(' ');
}

/** Which of the abstaining and the absent the tally names besides the ayes and nays. */
function othersOf(outcome: VoteOutcome): 'none' | 'abstaining' | 'absent' | 'both' {
  if (outcome.abstentions > 0) return outcome.absent > 0 ? 'both' : 'abstaining';
  return outcome.absent > 0 ? 'absent' : 'none';
}

function rollCall(meeting: Meeting, board: BoardMember[], text: MinutesText): string[] {
  const votes = new Map(meeting.votes.map((row) => [row.memberId, row.vote]));
  return (['aye', 'nay', 'abstain', 'absent'] as const satisfies VoteChoice[]).flatMap((choice) => {
    const names = board
      .filter((member) => (votes.get(member.id) ?? 'absent') === choice)
      .map((member) => member.name || text('minutes.noName'));
    return names.length === 0 ? [] : [text(`minutes.roll.${choice}`, { names: names.join(', ') })];
  });
}
