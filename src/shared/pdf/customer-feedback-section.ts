import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CustomerFeedbackContent } from '../domain/customers/customer-feedback-content';
import { splitComplaintTopics } from '../domain/customers/topic-applies';
import type {
  ComplaintTopicStats,
  FeedbackTally,
  SpanStats,
} from '../domain/customers/feedback-summary';
import { formatNumber } from '../domain/numbers/number-text';
import { printedDate, shortDate, type Language } from '../domain/printed-date';
import type { SystemType } from '../domain/utility';
import { barCell } from './bar-chart';
import { standardAnswers } from './feedback-answers';
import { responseChart, satisfactionChart } from './feedback-charts';
import { feedbackTerms, type FeedbackTerms } from './feedback-section-words';
import { counted, feedbackText } from './feedback-text';
import { quietTable } from './quiet-table';
import { paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { userTextOrDash } from './user-text';

/** A complaint figure in its own unit ("4 h", "same day", "2 days"), or a dash. */
function figureCell(
  hours: number | null,
  unit: SpanStats['unit'],
  terms: FeedbackTerms,
): TableCell {
  return { text: terms.spanFigure(hours, unit), alignment: 'right' };
}

function count(value: number | null): TableCell {
  return { text: value === null ? '—' : formatNumber(value, 'en', 3), alignment: 'right' };
}

function outreachTable(feedback: CustomerFeedbackContent, language: Language): Content {
  const text = feedbackText[language];
  const terms = feedbackTerms[language];
  if (feedback.outreaches.length === 0) return paragraph(text.noOutreach);
  const date = (value: string) =>
    language === 'en' ? shortDate(value) : printedDate(value, language);
  return quietTable(
    text.outreachColumns,
    [112, 66, '*', 118, 54],
    feedback.outreaches.map((outreach): TableCell[] => [
      { text: terms.method(outreach.method), bold: true },
      { text: outreach.date === '' ? '—' : date(outreach.date) },
      userTextOrDash(outreach.place),
      // In the words of the method, as on screen: "23 attended", "300 sent, 84 returned".
      { text: terms.outreach(outreach.method, [outreach]) ?? text.notCounted },
      count(outreach.entries),
    ]),
    4,
  );
}

/**
 * Comments by topic. As for complaints, a topic the agreement does not cover (water quality in
 * a sewer district's) is not printed as something it answers: a note says how many were left.
 */
const topicBarWidth = 170;

function topicTable(
  tally: FeedbackTally,
  systemType: SystemType | null,
  language: Language,
): Content {
  const text = feedbackText[language];
  const terms = feedbackTerms[language];
  if (tally.byTopic.length === 0) return paragraph(text.noComments);
  const { kept, leftOut } = splitComplaintTopics(tally.byTopic, systemType);
  const note = terms.leftOut(leftOut, systemType, 'comment');
  const rows: Content[] = [];
  if (kept.length > 0) {
    const most = Math.max(...kept.map((row) => row.count));
    rows.push(
      quietTable(
        // The last column is the comments drawn as bars, to one scale, beside their figures.
        [...text.topicColumns, ''],
        // Narrow, so each count sits close to its topic.
        [120, language === 'en' ? 56 : 66, 70, topicBarWidth],
        kept.map((row): TableCell[] => [
          { text: terms.topic(row.topic) },
          count(row.count),
          count(row.strong),
          barCell(row.count, most, topicBarWidth),
        ]),
      ),
    );
  }
  if (note !== null) rows.push(paragraph(note));
  return { stack: rows };
}

function complaintTable(rows: ComplaintTopicStats[], language: Language): Content {
  const terms = feedbackTerms[language];
  return quietTable(
    feedbackText[language].complaintColumns,
    ['*', 58, 74, 58, 74, 58],
    rows.map((row): TableCell[] => [
      { text: terms.topic(row.topic) },
      count(row.count),
      figureCell(row.responded.medianHours, row.responded.unit, terms),
      figureCell(row.responded.p90Hours, row.responded.unit, terms),
      figureCell(row.resolved.medianHours, row.resolved.unit, terms),
      figureCell(row.resolved.p90Hours, row.resolved.unit, terms),
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
  language: Language,
): { lead: Content; rest: Content[] } {
  const text = feedbackText[language];
  const { complaints } = feedback;
  if (complaints.total === 0) {
    return { lead: paragraph(text.noLog), rest: [] };
  }
  const { kept, leftOut } = splitComplaintTopics(complaints.byTopic, systemType);
  const note = feedbackTerms[language].leftOut(leftOut, systemType);
  const date = (value: string | null) => (value === null ? '' : printedDate(value, language));
  const from = date(complaints.firstReceived);
  const span = from === '' ? '' : text.received(from, date(complaints.lastReceived));
  // Said only when it applies, so a version approved before figures in days prints as it did.
  const inDays = kept.some((row) => row.responded.unit === 'days' || row.resolved.unit === 'days');
  const days = inDays ? text.inDays : '';
  const times = kept.length === 0 ? '' : text.times;
  const total = counted(complaints.total, text.complaint, language);
  return {
    lead: paragraph(`${total}${span}.${note === null ? '' : ` ${note}`}${times}${days}`),
    rest:
      kept.length === 0
        ? []
        : [complaintTable(kept, language), responseChart(kept, language)].filter(
            (part) => part !== null,
          ),
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
  language: Language = 'en',
): Content[] {
  const text = feedbackText[language];
  const { tally } = feedback;
  const answers = standardAnswers(tally, systemType, language);
  const complaints = complaintsPart(feedback, systemType, language);
  return [
    withHeading(
      sectionTitle(number, text.title),
      paragraph(
        text.lead(
          counted(feedback.outreaches.length, text.occasion, language),
          counted(tally.entries, text.comment, language),
        ),
      ),
    ),
    withHeading(
      subheading(text.howWeAsked),
      outreachTable(feedback, language),
      feedback.outreaches.length <= 12,
    ),
    withHeading(
      subheading(text.whatTheySaid),
      topicTable(tally, systemType, language),
      tally.byTopic.length <= 12,
    ),
    ...(answers.length === 0
      ? []
      : [
          { ul: answers.map((text) => ({ text })), style: 'body', margin: [6, 0, 0, 8] } as Content,
        ]),
    ...[satisfactionChart(tally, language)].filter((chart) => chart !== null),
    withHeading(subheading(text.log), complaints.lead),
    ...complaints.rest,
  ];
}
