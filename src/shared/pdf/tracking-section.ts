import type { Content, TableCell } from 'pdfmake/interfaces';
import { measureFrequencies } from '../domain/goal';
import { listOf } from '../domain/list-of';
import { reportingChannels } from '../domain/reporting-channels';
import type { Language } from '../domain/printed-date';
import { wordedSystemType } from '../domain/service-words';
import type { SystemType } from '../domain/utility';
import { agreementTerms } from './agreement-words';
import { trackingWords, type TrackingWords } from './tracking-words';
import type { NumberedGoal } from './numbered-goals';
import { palette } from './pdf-styles';
import { paragraph, sectionTitle, subheading, withHeading } from './section-title';

const quietTable = {
  hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
    index === 0 || index === node.table.body.length ? 0 : 0.5,
  vLineWidth: () => 0,
  hLineColor: () => palette.rule,
  paddingLeft: () => 0,
  paddingRight: () => 10,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function numbersList(goals: NumberedGoal[], words: TrackingWords): string {
  return words.goals(goals.map((goal) => goal.number));
}

/** Which goals are measured how often: the operator's calendar at a glance. */
function scheduleTable(goals: NumberedGoal[], language: Language): Content {
  const words = trackingWords[language];
  const frequencies = agreementTerms[language].frequency;
  const rows: TableCell[][] = [];
  for (const frequency of measureFrequencies) {
    const measured = goals.filter(({ goal }) => goal.frequency === frequency);
    if (measured.length > 0)
      rows.push([
        { text: frequencies[frequency], bold: true },
        { text: numbersList(measured, words) },
      ]);
  }
  const unset = goals.filter(({ goal }) => goal.frequency === null);
  if (unset.length > 0)
    rows.push([{ text: words.notSet, bold: true }, { text: numbersList(unset, words) }]);
  // pdfmake fails on a table with no rows, and an early draft has no goals yet.
  if (rows.length === 0) return paragraph(words.noGoals);
  return { table: { widths: [110, '*'], body: rows }, layout: quietTable, margin: [0, 2, 0, 8] };
}

/** What the tracking section needs to know about the utility to say only what is true. */
export interface TrackingFacts {
  systemType: SystemType | null;
  /** Whether the utility holds an annual meeting (step 4); null while not answered. */
  annualMeeting: boolean | null;
}

/** How customers hear the results: only the ways that are true for this utility. */
export function customerReportWords(facts: TrackingFacts, language: Language = 'en'): string {
  const words = trackingWords[language];
  const channels = reportingChannels(words.channels, facts.systemType, facts.annualMeeting);
  return words.customerReport(listOf(channels, words.or));
}

/** Tracking, reporting and the annual review (DOMAIN.md §1.6–7), then what the targets are. */
export function trackingSection(
  firstNumber: number,
  goals: NumberedGoal[],
  nextReview: string | null,
  facts: TrackingFacts,
  language: Language = 'en',
): Content[] {
  const words = trackingWords[language];
  const equipment = words.equipment[wordedSystemType(facts.systemType)];
  const by = nextReview === null ? words.aYearAfter : words.noLaterThan(nextReview);
  // No page break: the section follows the notes on the goals on the same page.
  return [
    withHeading(sectionTitle(firstNumber, words.title), paragraph(words.howRecorded)),
    scheduleTable(goals, language),
    {
      ul: [
        { text: [{ text: words.toBoard, bold: true }, { text: words.boardReport }] },
        {
          text: [
            { text: words.toCustomers, bold: true },
            { text: customerReportWords(facts, language) },
          ],
        },
      ],
      style: 'body',
      margin: [6, 0, 0, 8],
    },
    // The five choices are fixed text, short enough to keep with the heading that asks for them.
    withHeading(sectionTitle(firstNumber + 1, words.review), {
      stack: [
        paragraph(words.reviewBy(by)),
        {
          table: {
            widths: [language === 'en' ? 60 : 70, '*'],
            body: words.choices.map(([choice, when]): TableCell[] => [
              { text: choice, bold: true, color: palette.accent },
              { text: when },
            ]),
          },
          layout: quietTable,
          margin: [0, 2, 0, 8],
        },
      ],
    }),
    // Five lines of fixed text: kept whole, so no word of it is left alone atop the next page.
    { stack: [paragraph(words.changes(equipment))], unbreakable: true },
    withHeading(subheading(words.whatItIs), paragraph(words.notContract)),
  ];
}
