import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Meeting, VoteChoice, VoteOutcome } from '../../domain/approval';
import { nextReviewDate } from '../../domain/approval-rules/next-review-date';
import type { Language } from '../../domain/printed-date';
import { wordsForService } from '../../domain/service-words';
import type { BoardMember, UtilityProfile } from '../../domain/utility';
import { groupedHex } from '../fingerprint-text';
import { palette } from '../pdf-styles';
import { packetWords } from './packet-words';
import { dateOrBlank, typedOrBlank } from './typed-or-blank';
import { resolutionWords } from './resolution-words';
import { signatureLine } from './signature-line';

/** The recorded vote that fills the resolution in; absent before the meeting (blanks). */
export interface RecordedVote {
  outcome: VoteOutcome;
  /** The approved agreement's fingerprint, once the app has recorded the approval. */
  fingerprint: string | null;
}

export interface ResolutionInput {
  utility: UtilityProfile;
  revision: number;
  /** Survey cards and comments recorded in step 4. */
  responses: number;
  meeting: Meeting;
  vote: RecordedVote | null;
  language: Language;
}

function nameOf(board: BoardMember[], id: string | null, language: Language): string {
  return typedOrBlank(board.find((member) => member.id === id)?.name ?? '', language);
}

const rollChoices = ['aye', 'nay', 'abstain', 'absent'] as const satisfies VoteChoice[];

/** Each way the members voted, with their names; a member with no vote recorded was absent. */
function rollCall(
  board: BoardMember[],
  meeting: Meeting,
  vote: RecordedVote | null,
  language: Language,
): TableCell[][] {
  const words = resolutionWords[language];
  const votes = new Map(meeting.votes.map((row) => [row.memberId, row.vote]));
  return rollChoices.map((choice) => {
    const names = board
      .filter((member) => (votes.get(member.id) ?? 'absent') === choice)
      .map((member) => typedOrBlank(member.name, language));
    const filled = names.length === 0 ? words.nobody : names.join(', ');
    return [
      { text: words.roll[choice], bold: true },
      { text: vote === null ? words.blank : filled },
    ];
  });
}

function officer(board: BoardMember[], office: BoardMember['office'], language: Language): string {
  return typedOrBlank(board.find((member) => member.office === office)?.name ?? '', language);
}

/**
 * The resolution adopting the agreement: "WHEREAS … NOW, THEREFORE, BE IT RESOLVED …". Before the
 * vote the mover, the seconder and the roll call are blanks to fill in at the meeting; after it
 * they are filled from the recorded vote, and a motion that failed is said to have failed.
 */
export function resolutionSection(input: ResolutionInput): Content[] {
  const { utility, revision, meeting, vote, language } = input;
  const words = resolutionWords[language];
  const board = utility.board;
  const name = typedOrBlank(utility.name, language);
  const date = dateOrBlank(meeting.date, language);
  const place = typedOrBlank(meeting.place, language);
  const mover = vote === null ? words.blank : nameOf(board, meeting.movedBy, language);
  const seconder = vote === null ? words.blank : nameOf(board, meeting.secondedBy, language);
  const failed = vote !== null && !vote.outcome.carried;
  const whereas = [
    words.whereas.service(name, wordsForService(utility.systemType, language).service),
    words.whereas.written,
    ...(input.responses > 0
      ? [words.whereas.asked(packetWords[language].responses(input.responses))]
      : []),
    words.whereas.reviewed,
    // The clause ends in its own semicolon, so the notice's closing stop is left off.
    words.whereas.noticed(typedOrBlank(meeting.notice.trim().replace(/[.;]+$/, ''), language)),
  ];
  const fingerprint = vote?.fingerprint ?? null;
  const clauses = [
    fingerprint === null
      ? words.adopts(revision)
      : words.adoptsIdentified(revision, groupedHex(fingerprint, ' ')),
    words.reviewBy(
      meeting.date === '' ? words.blank : dateOrBlank(nextReviewDate(meeting.date), language),
    ),
  ];
  return [
    {
      text: words.number(typedOrBlank(meeting.resolutionNumber, language)),
      style: 'title',
      fontSize: 16,
      alignment: 'center',
    },
    ...(failed
      ? [{ text: words.notAdopted, bold: true, color: palette.draft, alignment: 'center' as const }]
      : []),
    {
      text: words.title(name, revision),
      style: 'subtitle',
      alignment: 'center',
      margin: [20, 6, 20, 14],
    },
    ...whereas.map((clause): Content => ({ text: clause, style: 'body' })),
    { text: words.resolvedBy(name), style: 'body', bold: true, margin: [0, 6, 0, 6] },
    ...clauses.map((clause): Content => ({ text: clause, style: 'body', margin: [12, 0, 0, 6] })),
    // The vote and the signatures stay together on one page: a signature alone at the top of a
    // page reads as if it signed nothing, and an attest line needs the signature it attests.
    {
      stack: [
        {
          text: (failed ? words.failed : words.passed)(date, place, mover, seconder),
          style: 'body',
          margin: [0, 8, 0, 4],
        },
        {
          table: { widths: [90, '*'], body: rollCall(board, meeting, vote, language) },
          layout: 'noBorders',
          margin: [12, 0, 0, 0],
        },
        ...(failed
          ? []
          : [
              signatureLine(words.president, officer(board, 'president', language), words.date),
              { text: words.attest, bold: true, margin: [0, 18, 0, 0] } satisfies Content,
              signatureLine(words.secretary, officer(board, 'secretary', language), words.date),
            ]),
      ],
      unbreakable: true,
    },
  ];
}
