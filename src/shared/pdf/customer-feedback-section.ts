import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CustomerFeedbackContent } from '../domain/customers/customer-feedback-content';
import { feedbackMethodTitles } from '../domain/customers/feedback-plan';
import { outreachCountWords } from '../domain/customers/outreach-words';
import { leftOutNote, splitComplaintTopics } from '../domain/customers/topic-applies';
import type {
  ComplaintTopicStats,
  FeedbackTally,
  SpanStats,
} from '../domain/customers/feedback-summary';
import { formatSpanFigure } from '../domain/customers/format-span';
import { printedDate, shortDate } from '../domain/printed-date';
import { plural } from '../domain/numbers/plural';
import type { SystemType } from '../domain/utility';
import { standardAnswers } from './feedback-answers';
import { palette } from './pdf-styles';
import { paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { userTextOrDash } from './user-text';
import { topicTitle } from '../domain/customers/topic-words';

/** A complaint figure in its own unit ("4 h", "same day", "2 days"), or a dash. */
function figureCell(hours: number | null, unit: SpanStats['unit']): TableCell {
  return { text: formatSpanFigure(hours, unit), alignment: 'right' };
}

const quietTable = {
  hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
    index === 0 || index === node.table.body.length ? 0 : index === 1 ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (index: number) => (index === 1 ? palette.accent : palette.rule),
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A quiet table whose first `textColumns` columns are words and the rest right-aligned figures. */
function table(
  titles: string[],
  widths: (number | string)[],
  rows: TableCell[][],
  textColumns = 1,
): Content {
  const right = (index: number) => (index < textColumns ? 'left' : 'right');
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        titles.map((title, index) => ({
          text: title,
          style: 'tableHeader',
          alignment: right(index),
        })),
        ...rows,
      ],
    },
    layout: quietTable,
    style: 'tableCell',
    margin: [0, 2, 0, 8],
  };
}

function count(value: number | null): TableCell {
  return { text: value === null ? '—' : value.toLocaleString('en-US'), alignment: 'right' };
}

function outreachTable(feedback: CustomerFeedbackContent): Content {
  if (feedback.outreaches.length === 0) return paragraph('No outreach has been recorded yet.');
  return table(
    ['Method', 'Date', 'Where', 'Taking part', 'Comments'],
    [112, 66, '*', 118, 54],
    feedback.outreaches.map((outreach): TableCell[] => [
      { text: feedbackMethodTitles[outreach.method], bold: true },
      { text: outreach.date === '' ? '—' : shortDate(outreach.date) },
      userTextOrDash(outreach.place),
      // In the words of the method, as on screen: "23 attended", "300 sent, 84 returned".
      { text: outreachCountWords(outreach.method, [outreach]) ?? 'Not counted' },
      count(outreach.entries),
    ]),
    4,
  );
}

/**
 * Comments by topic. As for complaints, a topic the agreement does not cover (water quality in
 * a sewer district's) is not printed as something it answers: a note says how many were left.
 */
function topicTable(tally: FeedbackTally, systemType: SystemType | null): Content {
  if (tally.byTopic.length === 0) return paragraph('No comments have been recorded yet.');
  const { kept, leftOut } = splitComplaintTopics(tally.byTopic, systemType);
  const note = leftOutNote(leftOut, systemType, 'comment');
  const rows: Content[] = [];
  if (kept.length > 0) {
    rows.push(
      table(
        ['Topic', 'Comments', 'Felt strongly'],
        // Narrow, so each count sits close to its topic.
        [120, 56, 70],
        kept.map((row): TableCell[] => [
          { text: topicTitle(row.topic) },
          count(row.count),
          count(row.strong),
        ]),
      ),
    );
  }
  if (note !== null) rows.push(paragraph(note));
  return { stack: rows };
}

function complaintTable(rows: ComplaintTopicStats[]): Content {
  return table(
    ['Topic', 'Complaints', 'Median to respond', '90% within', 'Median to resolve', '90% within'],
    ['*', 58, 74, 58, 74, 58],
    rows.map((row): TableCell[] => [
      { text: topicTitle(row.topic) },
      count(row.count),
      figureCell(row.responded.medianHours, row.responded.unit),
      figureCell(row.responded.p90Hours, row.responded.unit),
      figureCell(row.resolved.medianHours, row.resolved.unit),
      figureCell(row.resolved.p90Hours, row.resolved.unit),
    ]),
  );
}

/**
 * The log's figures: a lead paragraph (kept with the heading) and the table by topic. Topics
 * that do not concern the service the agreement covers (sewer complaints in a water-only
 * agreement) are not printed as complaints it answers: a note says how many were left out.
 */
function complaintsPart(
  feedback: CustomerFeedbackContent,
  systemType: SystemType | null,
): { lead: Content; rest: Content[] } {
  const { complaints } = feedback;
  if (complaints.total === 0) {
    return { lead: paragraph('No call or complaint log has been imported.'), rest: [] };
  }
  const { kept, leftOut } = splitComplaintTopics(complaints.byTopic, systemType);
  const note = leftOutNote(leftOut, systemType);
  const from = complaints.firstReceived === null ? '' : printedDate(complaints.firstReceived);
  const to = complaints.lastReceived === null ? '' : printedDate(complaints.lastReceived);
  const span = from === '' ? '' : ` received from ${from} to ${to}`;
  // Said only when it applies, so a version approved before figures in days prints as it did.
  const inDays = kept.some((row) => row.responded.unit === 'days' || row.resolved.unit === 'days');
  const days = inDays
    ? ' Where the log gives a date without a time of day, a topic’s time to respond or to resolve that rests on such a date is counted in whole calendar days: “same day” is the day the complaint came in, “1 day” the day after.'
    : '';
  const times =
    kept.length === 0
      ? ''
      : ' The response times run from when a complaint came in to when the utility first responded, and to when it was resolved; “90% within” is the time nine complaints in ten were handled within.';
  return {
    lead: paragraph(
      `${plural(complaints.total, 'complaint')}${span}.${note === null ? '' : ` ${note}`}${times}${days}`,
    ),
    rest: kept.length === 0 ? [] : [complaintTable(kept)],
  };
}

/**
 * "What our customers told us": how the board asked, what customers said, and what the call and
 * complaint log shows, in figures only; `systemType` (step 1's) decides which complaint topics
 * the agreement answers. Names and addresses never reach this content. Each external goal's
 * evidence follows the goal, in the notes on the goals.
 */
export function customerFeedbackSection(
  number: number,
  feedback: CustomerFeedbackContent,
  systemType: SystemType | null,
): Content[] {
  const { tally } = feedback;
  const answers = standardAnswers(tally, systemType);
  const complaints = complaintsPart(feedback, systemType);
  return [
    withHeading(
      sectionTitle(number, 'What our customers told us'),
      paragraph(
        `External goals rest on what customers said. The board heard from them on ${plural(feedback.outreaches.length, 'occasion', 'occasions')} and recorded ${plural(tally.entries, 'comment', 'comments')}. Under “Notes on the goals”, each external goal lists the evidence it rests on.`,
      ),
    ),
    withHeading(
      subheading('How we asked'),
      outreachTable(feedback),
      feedback.outreaches.length <= 12,
    ),
    withHeading(
      subheading('What they said'),
      topicTable(tally, systemType),
      tally.byTopic.length <= 12,
    ),
    ...(answers.length === 0
      ? []
      : [
          { ul: answers.map((text) => ({ text })), style: 'body', margin: [6, 0, 0, 8] } as Content,
        ]),
    withHeading(subheading('The call and complaint log'), complaints.lead),
    ...complaints.rest,
  ];
}
