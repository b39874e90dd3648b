import { boardOfficeTitles } from '../domain/utility';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Meeting, VoteOutcome } from '../domain/approval';
import { ayesAgainstNeeded } from '../domain/approval-rules/ayes-needed';
import { plural } from '../domain/numbers/plural';
import type { BoardMember } from '../domain/utility';
import { voteWords } from './agreement-words';
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

function memberName(board: BoardMember[], id: string | null): Content {
  const member = board.find((person) => person.id === id);
  return member === undefined
    ? { text: 'not recorded', style: 'muted' }
    : userTextOrDash(member.name);
}

function row(label: string, value: Content): TableCell[] {
  return [{ text: label, bold: true, color: palette.muted, fontSize: 9.5 }, value];
}

function voteRows(board: BoardMember[], meeting: Meeting | null): TableCell[][] {
  return board.map((member) => {
    const vote = meeting?.votes.find((entry) => entry.memberId === member.id)?.vote;
    return [
      userTextOrDash(member.name),
      { text: boardOfficeTitles[member.office] },
      vote === undefined
        ? { text: meeting === null ? '' : 'not recorded', style: 'muted' }
        : { text: voteWords[vote], bold: vote === 'aye' || vote === 'nay' },
    ];
  });
}

function votesTable(board: BoardMember[], meeting: Meeting | null): Content {
  const header: TableCell[] = ['Board member', 'Office', 'Vote'].map((title) => ({
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
      body: [header, ...voteRows(board, meeting)],
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
): Content[] {
  // No page break before: the record follows the annual review, and the signatures that come
  // after it start their own page.
  const title = sectionTitle(number, 'Approval record');
  if (facts === null) {
    // A blank roll call of up to 12 members stays with its heading, never split over two pages.
    return [
      withHeading(
        title,
        {
          stack: [
            paragraph(
              'This revision has not been approved yet. When the board votes at a noticed, open meeting, this section records the meeting, the motion, each member’s vote and the outcome. For the roll call:',
            ),
            votesTable(board, null),
          ],
        },
        board.length <= 12,
      ),
    ];
  }
  const { meeting, outcome } = facts;
  const quorum = `${outcome.seats} seats; ${outcome.present} members present; ${outcome.quorumNeeded} needed for a quorum — ${outcome.hasQuorum ? 'a quorum was present' : 'no quorum'}.`;
  const motion: Content = {
    text: [
      { text: 'Moved by ' },
      memberName(board, meeting.movedBy),
      { text: ', seconded by ' },
      memberName(board, meeting.secondedBy),
      { text: `, to adopt Revision ${revision} of this Level of Service Agreement.` },
    ],
  };
  const rows: TableCell[][] = [
    row('Meeting date', { text: facts.meetingDate }),
    row('Place', userTextOrDash(meeting.place)),
    row('Notice', userTextOrDash(meeting.notice)),
    row('Quorum', { text: quorum }),
    row('Motion', motion),
    row('To pass', { text: `${ayesAgainstNeeded(meeting.threshold, outcome)}.` }),
    row('Tally', {
      text: `${plural(outcome.ayes, 'aye')}, ${plural(outcome.nays, 'nay')}, ${outcome.abstentions} abstaining, ${outcome.absent} absent.`,
    }),
    row('Outcome', {
      text: outcome.summary,
      bold: true,
      color: outcome.carried ? palette.ink : palette.draft,
    }),
    row('Resolution', userTextOrDash(meeting.resolutionNumber)),
  ];
  const parts: Content[] = [
    // Every field of the record is bounded (the notice at most 1,000 characters), so the table
    // stays well under a page and may be kept with its heading.
    withHeading(title, {
      table: { widths: [80, '*'], body: rows },
      layout: recordLayout,
      margin: [0, 2, 0, 10],
    }),
    // A board of up to 12 fits on a page with room to spare, even with long names.
    withHeading(subheading('Roll call'), votesTable(board, meeting), board.length <= 12),
  ];
  if (meeting.minutesExcerpt !== '') {
    const minutes: Content = {
      table: { widths: ['*'], body: [[userText(meeting.minutesExcerpt, 'body')]] },
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
      withHeading(subheading('From the minutes'), minutes, isShortText(meeting.minutesExcerpt)),
    );
  }
  return parts;
}
