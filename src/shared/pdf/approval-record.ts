import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Meeting, VoteOutcome } from '../domain/approval';
import type { Language } from '../domain/printed-date';
import type { BoardMember } from '../domain/utility';
import { agreementTerms } from './agreement-words';
import { approvalWords, spanishSummary, type ApprovalWords } from './approval-words';
import { palette } from './pdf-styles';
import { isShortText, paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { userText, userTextOrDash } from './user-text';

export interface ApprovalFacts {
  meeting: Meeting;
  outcome: VoteOutcome;
  /** The meeting date as printed. */
  meetingDate: string;
}

const recordLayout = {
  hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
    index === 0 || index === node.table.body.length ? 0 : 0.5,
  vLineWidth: () => 0,
  hLineColor: () => palette.rule,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function memberName(board: BoardMember[], id: string | null, words: ApprovalWords): Content {
  const member = board.find((person) => person.id === id);
  return member === undefined
    ? { text: words.notRecorded, style: 'muted' }
    : userTextOrDash(member.name);
}

function row(label: string, value: Content): TableCell[] {
  return [{ text: label, bold: true, color: palette.muted, fontSize: 9.5 }, value];
}

function voteRows(
  board: BoardMember[],
  meeting: Meeting | null,
  language: Language,
): TableCell[][] {
  const terms = agreementTerms[language];
  return board.map((member) => {
    const vote = meeting?.votes.find((entry) => entry.memberId === member.id)?.vote;
    return [
      userTextOrDash(member.name),
      { text: terms.office[member.office] },
      vote === undefined
        ? { text: meeting === null ? '' : approvalWords[language].notRecorded, style: 'muted' }
        : { text: terms.vote[vote], bold: vote === 'aye' || vote === 'nay' },
    ];
  });
}

function votesTable(board: BoardMember[], meeting: Meeting | null, language: Language): Content {
  const header: TableCell[] = approvalWords[language].columns.map((title) => ({
    text: title,
    style: 'tableHeader',
  }));
  return {
    table: {
      headerRows: 1,
      // The column titles never sit alone at the foot of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 130, 110],
      body: [header, ...voteRows(board, meeting, language)],
    },
    layout: {
      ...recordLayout,
      fillColor: (index: number) => (index === 0 ? palette.band : null),
      paddingLeft: () => 6,
    },
    margin: [0, 2, 0, 10],
  };
}

/** The record of the meeting that adopted this revision: motion, quorum, every vote, outcome. */
export function approvalRecord(
  number: number,
  revision: number,
  board: BoardMember[],
  facts: ApprovalFacts | null,
  language: Language = 'en',
): Content[] {
  const words = approvalWords[language];
  // No page break before: the record follows the annual review, and the signatures that come
  // after it start their own page.
  const title = sectionTitle(number, words.title);
  if (facts === null) {
    // A blank roll call of up to 12 members stays with its heading, never split over two pages.
    return [
      withHeading(
        title,
        {
          stack: [paragraph(words.notApproved), votesTable(board, null, language)],
        },
        board.length <= 12,
      ),
    ];
  }
  const { meeting, outcome } = facts;
  const motion: Content = {
    text: [
      { text: words.moved },
      memberName(board, meeting.movedBy, words),
      { text: words.seconded },
      memberName(board, meeting.secondedBy, words),
      { text: words.toAdopt(revision) },
    ],
  };
  const rows: TableCell[][] = [
    row(words.rows.date, { text: facts.meetingDate }),
    row(words.rows.place, userTextOrDash(meeting.place)),
    row(words.rows.notice, userTextOrDash(meeting.notice)),
    row(words.rows.quorum, { text: words.quorum(outcome) }),
    row(words.rows.motion, motion),
    row(words.rows.toPass, { text: words.toPass(meeting.threshold, outcome) }),
    row(words.rows.tally, { text: words.tally(outcome) }),
    row(words.rows.outcome, {
      text: language === 'en' ? outcome.summary : spanishSummary(meeting.threshold, outcome),
      bold: true,
      color: outcome.carried ? palette.ink : palette.draft,
    }),
    row(words.rows.resolution, userTextOrDash(meeting.resolutionNumber)),
  ];
  const parts: Content[] = [
    // Every field of the record is bounded (the notice at most 1,000 characters), so the table
    // stays well under a page and may be kept with its heading.
    withHeading(title, {
      // Spanish labels run longer ("Fecha de la reunión"): a wider column keeps them to a line.
      table: { widths: [language === 'en' ? 80 : 100, '*'], body: rows },
      layout: recordLayout,
      margin: [0, 2, 0, 10],
    }),
    // A board of up to 12 fits on a page with room to spare, even with long names.
    withHeading(
      subheading(words.rollCall),
      votesTable(board, meeting, language),
      board.length <= 12,
    ),
  ];
  if (meeting.minutesExcerpt !== '') {
    const minutes: Content = {
      table: {
        widths: ['*'],
        body: [[userText(meeting.minutesExcerpt, 'body')]],
      },
      layout: {
        fillColor: () => palette.band,
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => 10,
        paddingRight: () => 10,
        paddingTop: () => 8,
        paddingBottom: () => 4,
      },
    };
    parts.push(
      withHeading(subheading(words.minutes), minutes, isShortText(meeting.minutesExcerpt)),
    );
  }
  return parts;
}
