import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Meeting, VoteOutcome } from '../../domain/approval';
import { printedDate, type Language } from '../../domain/printed-date';
import type { Finding } from '../../domain/review-finding';
import type { UtilityProfile } from '../../domain/utility';
import { formatIn } from '../../i18n/say-in';
import { sharedCatalogs } from '../../i18n/shared-catalog';
import { agreementTerms } from '../agreement-words';
import { palette } from '../pdf-styles';
import { subheading } from '../section-title';
import { breakLongWords } from '../user-text';
import { packetWords } from './packet-words';
import { typedOrBlank } from './typed-or-blank';

export interface MemoInput {
  utility: UtilityProfile;
  revision: number;
  meeting: Meeting;
  /** The vote rules applied to the seats as recorded, for the quorum and the ayes needed. */
  outcome: VoteOutcome;
  findings: readonly Finding[];
  generatedOn: string;
  language: Language;
}

/** "Ana Ruiz, President; Joe Park, operator": who brings the item, as step 1 names them. */
function fromLine(utility: UtilityProfile, language: Language): string {
  const terms = agreementTerms[language];
  const words = packetWords[language];
  const president = utility.board.find((member) => member.office === 'president');
  const operator = utility.operators.find((person) => person.name.trim() !== '');
  const people = [
    ...(president && president.name.trim() !== ''
      ? [`${president.name.trim()}, ${terms.office.president}`]
      : []),
    ...(operator ? [`${operator.name.trim()}, ${words.operator}`] : []),
  ];
  return people.length === 0 ? words.fromNobody : breakLongWords(people.join('; '));
}

function factRow(label: string, value: string): TableCell[] {
  return [{ text: label, bold: true, color: palette.muted }, { text: value }];
}

/**
 * The packet's first page: the agenda item as a memo to the board. What is asked of it, by
 * when, the vote it takes, where the review stands, and what the packet holds.
 */
export function memoSection(input: MemoInput): Content[] {
  const { utility, revision, meeting, outcome, language } = input;
  const words = packetWords[language];
  const date = meeting.date === '' ? null : printedDate(meeting.date, language);
  const meetingLine =
    date === null ? words.notSet : `${date}, ${typedOrBlank(meeting.place, language)}`;
  const rule = formatIn(sharedCatalogs, `minutes.rule.${meeting.threshold}`, undefined, language);
  const blockers = input.findings.filter((finding) => finding.severity === 'blocker').length;
  const warnings = input.findings.filter((finding) => finding.severity === 'warning').length;
  const notes = input.findings.length - blockers - warnings;
  return [
    { text: words.kicker, style: 'label' },
    { text: words.memoTitle(revision), style: 'title', fontSize: 20, margin: [0, 4, 0, 12] },
    {
      table: {
        widths: [70, '*'],
        body: [
          factRow(words.to, words.toBoard(typedOrBlank(utility.name, language))),
          factRow(words.from, fromLine(utility, language)),
          factRow(words.meeting, meetingLine),
          factRow(words.prepared, printedDate(input.generatedOn, language)),
        ],
      },
      layout: {
        hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
          index === 0 || index === node.table.body.length ? 0 : 0.4,
        vLineWidth: () => 0,
        hLineColor: () => palette.rule,
        paddingLeft: () => 0,
      },
      margin: [0, 0, 0, 8],
    },
    subheading(words.asked),
    {
      text: words.askedText(revision, typedOrBlank(meeting.resolutionNumber, language)),
      style: 'body',
    },
    subheading(words.byWhen),
    { text: date === null ? words.noMeetingDate : words.byMeeting(date), style: 'body' },
    subheading(words.voteNeeded),
    {
      text:
        meeting.seats === null
          ? words.seatsNotSet
          : words.voteNeededText(meeting.seats, outcome.quorumNeeded, rule),
      style: 'body',
    },
    subheading(words.review),
    {
      text: blockers > 0 ? words.reviewBlocked(blockers) : words.reviewClear(warnings, notes),
      style: 'body',
      ...(blockers > 0 ? { bold: true, color: palette.draft } : {}),
    },
    subheading(words.contents),
    { stack: words.parts.map((part) => ({ text: part })), style: 'body' },
  ];
}
