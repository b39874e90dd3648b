import type { Content, TableCell } from 'pdfmake/interfaces';
import { measureFrequencies } from '../domain/goal';
import { listOf } from '../domain/list-of';
import { reportingChannels, type ReportingChannelWords } from '../domain/reporting-channels';
import { wordedSystemType } from '../domain/service-words';
import type { SystemType } from '../domain/utility';
import { frequencyWords } from './agreement-words';
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

function numbersList(goals: NumberedGoal[]): string {
  const numbers = goals.map((goal) => goal.number);
  return numbers.length === 1 ? `Goal ${numbers[0]}` : `Goals ${numbers.join(', ')}`;
}

/** Which goals are measured how often: the operator's calendar at a glance. */
function scheduleTable(goals: NumberedGoal[]): Content {
  const rows: TableCell[][] = [];
  for (const frequency of measureFrequencies) {
    const measured = goals.filter(({ goal }) => goal.frequency === frequency);
    if (measured.length > 0)
      rows.push([{ text: frequencyWords[frequency], bold: true }, { text: numbersList(measured) }]);
  }
  const unset = goals.filter(({ goal }) => goal.frequency === null);
  if (unset.length > 0)
    rows.push([{ text: 'Not set yet', bold: true }, { text: numbersList(unset) }]);
  // pdfmake fails on a table with no rows, and an early draft has no goals yet.
  if (rows.length === 0) return paragraph('No goals have been written yet.');
  return { table: { widths: [110, '*'], body: rows }, layout: quietTable, margin: [0, 2, 0, 8] };
}

const reviewChoices: [string, string][] = [
  ['Keep', 'Customers are satisfied and the target is being met at a cost they accept.'],
  ['Raise', 'Customers want better service and are willing to pay for it; budget for it.'],
  ['Lower', 'The target costs more than customers want to pay, or the assets cannot meet it.'],
  ['Drop', 'Nobody values the goal any more, or it no longer tells the board anything.'],
  ['Reword', 'The goal is right but its wording, measure or data source needs to be clearer.'],
];

const channelWords: ReportingChannelWords = {
  qualityReport: 'in the annual water-quality report (due by July 1)',
  billInsert: 'on a bill insert',
  annualMeeting: 'at the annual meeting',
  openMeeting: 'at an open board meeting',
};

/** Equipment a utility of each type may add later, as the example of a goal it can bring. */
const newEquipmentWords: Record<SystemType, string> = {
  water: 'fire hydrants',
  wastewater: 'a generator at a lift station',
  both: 'fire hydrants or a generator at a lift station',
};

/** What the tracking section needs to know about the utility to say only what is true. */
export interface TrackingFacts {
  systemType: SystemType | null;
  /** Whether the utility holds an annual meeting (step 4); null while not answered. */
  annualMeeting: boolean | null;
}

/** How customers hear the results: only the ways that are true for this utility. */
export function customerReportWords(facts: TrackingFacts): string {
  const channels = reportingChannels(channelWords, facts.systemType, facts.annualMeeting);
  return `once a year, how the utility did against every external goal — ${listOf(channels, 'or')}.`;
}

/** Tracking, reporting and the annual review (DOMAIN.md §1.6–7), then what the targets are. */
export function trackingSection(
  firstNumber: number,
  goals: NumberedGoal[],
  nextReview: string | null,
  facts: TrackingFacts,
): Content[] {
  const equipment = newEquipmentWords[wordedSystemType(facts.systemType)];
  const by =
    nextReview === null ? 'a year after the board adopts it' : `no later than ${nextReview}`;
  // No page break: the section follows the notes on the goals on the same page.
  return [
    withHeading(
      sectionTitle(firstNumber, 'Tracking and reporting'),
      paragraph(
        'The person named for each goal records its measure as often as the goals table says, in a simple log or spreadsheet. Results are reported the same way every time, so a trend is easy to see.',
      ),
    ),
    scheduleTable(goals),
    {
      ul: [
        {
          text: [
            { text: 'To the board: ', bold: true },
            {
              text: 'at each regular meeting, a one-page report of each goal against its target, with any target at risk named.',
            },
          ],
        },
        {
          text: [{ text: 'To customers: ', bold: true }, { text: customerReportWords(facts) }],
        },
      ],
      style: 'body',
      margin: [6, 0, 0, 8],
    },
    // The five choices are fixed text, short enough to keep with the heading that asks for them.
    withHeading(sectionTitle(firstNumber + 1, 'Annual review'), {
      stack: [
        paragraph(
          `The board reviews this agreement at least once a year, ${by}. For each goal it decides one of the following:`,
        ),
        {
          table: {
            widths: [60, '*'],
            body: reviewChoices.map(([choice, when]): TableCell[] => [
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
    {
      stack: [
        paragraph(
          `Staff propose changes to internal goals and the board approves them. Changes to external goals are discussed with customers first. Customers are surveyed again every two or three years, or when rates change. New equipment — for example ${equipment} — can bring a new goal into the agreement once it is in service. Each revision is approved at an open meeting, like this one, and receives its own fingerprint.`,
        ),
      ],
      unbreakable: true,
    },
    withHeading(
      subheading('What this agreement is, and is not'),
      paragraph(
        'The targets in this agreement are goals the utility works toward and reports on openly. They are not a binding contract or a guarantee of service, and missing a target does not by itself create a right to a credit, refund or claim. Nothing in this agreement lowers any requirement of federal, state or local law.',
      ),
    ),
  ];
}
