import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TrackingView } from '../../api/tracking-contract';
import { printedDate, type Language } from '../../domain/printed-date';
import { statementIn } from '../../domain/spanish/goal-wording';
import { areaTitleIn } from '../area-words';
import { countMarked, englishNote, printedPassage } from '../printed-passage';
import {
  periodStanding,
  previousReportPeriod,
  trendFrom,
  type ReportPeriod,
} from '../../domain/tracking/period-results';
import { periodFirstDay, periodLastDay } from '../../domain/tracking/periods';
import { wrappedFooterMargin } from '../page-frame';
import { documentBase, palette } from '../pdf-styles';
import { userText } from '../user-text';
import { boardGoalBlock, type GoalInPeriod } from './board-goal-block';
import { boardWordsIn, type BoardWords } from './board-report-words';
import { reportPeriodWords, statusWords } from './board-report-phrases';
import { withSpanish, type SpanishWordings } from './goal-wording';
import { markedWords } from './status-mark';

export interface BoardReportInput {
  utility: string;
  /** The overview of the agreement in force (tracking-view.ts), made on the report's day. */
  view: TrackingView & { inForce: NonNullable<TrackingView['inForce']> };
  period: ReportPeriod;
  /** The paper's language; English when not given. */
  language?: Language;
  /** Each goal's Spanish wording, for a Spanish report. */
  spanish?: SpanishWordings;
}

interface AreaInPeriod {
  title: string;
  goals: GoalInPeriod[];
}

/** Each goal's standing over the period and against the period before, by area as numbered. */
export function goalsInPeriod(input: BoardReportInput): AreaInPeriod[] {
  const { view, period } = input;
  const language = input.language ?? 'en';
  const previous = previousReportPeriod(period);
  // Results before the vote belong to no goal of this revision: no comparison then.
  const previousInForce = periodLastDay(previous.kind, previous.key) >= view.inForce.approvedOn;
  return view.areas.map(({ area, goals }) => ({
    title: area === null ? boardWordsIn[language].areaNotChosen : areaTitleIn(area, language),
    goals: goals.map((goal) => {
      const standing = periodStanding(goal, period, view.today);
      const before = previousInForce ? periodStanding(goal, previous, view.today) : null;
      return {
        goal,
        standing,
        trend: before ? trendFrom(standing, before) : null,
        previousInForce,
      };
    }),
  }));
}

function fact(label: string, value: Content): TableCell[] {
  return [{ text: label, style: 'factLabel', margin: [0, 3, 0, 0] }, value];
}

function counts(goals: GoalInPeriod[], boardWords: BoardWords): { count: number; label: string }[] {
  const summaryLabels = boardWords.labels;
  const by = (test: (item: GoalInPeriod) => boolean) => goals.filter(test).length;
  const found = [
    {
      count: by((g) => ['met', 'on-track'].includes(g.standing.status)),
      label: summaryLabels.kept,
    },
    { count: by((g) => g.standing.status === 'not-met'), label: summaryLabels.missed },
    { count: by((g) => g.standing.status === 'no-data'), label: summaryLabels.noData },
    { count: by((g) => g.standing.status === 'no-target'), label: summaryLabels.noTarget },
  ];
  // "0 with no target" says nothing a board needs; the other three always print.
  return found.filter((item, index) => index < 3 || item.count > 0);
}

function cover(input: BoardReportInput, areas: AreaInPeriod[]): Content[] {
  const { view, utility, period } = input;
  const language = input.language ?? 'en';
  const boardWords = boardWordsIn[language];
  const date = (value: string) => printedDate(value, language);
  const goals = areas.flatMap((area) => area.goals);
  const periodWords = reportPeriodWords(period, language);
  const ended = periodLastDay(period.kind, period.key) < view.today;
  const span = boardWords.span(
    date(periodFirstDay(period.kind, period.key)),
    date(periodLastDay(period.kind, period.key)),
  );
  const rows = goals.map(({ goal, standing }) => {
    const status = statusWords(standing.status, standing.ended, language);
    const statement = statementIn(withSpanish(goal, input.spanish), language);
    return [
      { text: String(goal.number), bold: true, color: palette.accent },
      statement.text === '' ? { text: '—' } : printedPassage(statement),
      markedWords(status.mark, status.words),
    ];
  });
  return [
    { text: boardWords.kicker, style: 'kicker', margin: [0, 0, 0, 4] },
    userText(utility, 'title'),
    { text: `${boardWords.title}: ${periodWords}`, style: 'subtitle', margin: [0, 4, 0, 14] },
    {
      table: {
        widths: [150, '*'],
        body: [
          fact(boardWords.utility.toUpperCase(), userText(utility)),
          fact(boardWords.revision.toUpperCase(), {
            text: boardWords.revisionNumber(view.inForce.revision),
          }),
          fact(boardWords.approvedOn.toUpperCase(), {
            text: date(view.inForce.approvedOn),
          }),
          fact(boardWords.period.toUpperCase(), { text: `${periodWords} (${span})` }),
          fact(boardWords.madeOn.toUpperCase(), { text: date(view.today) }),
        ],
      },
      layout: 'noBorders',
    },
    ended
      ? { text: '' }
      : { text: boardWords.running(date(view.today)), bold: true, margin: [0, 8, 0, 0] },
    { text: boardWords.summary, style: 'sectionTitle' },
    {
      columns: counts(goals, boardWords).map(({ count, label }) => ({
        width: 'auto',
        stack: [
          { text: String(count), fontSize: 26, bold: true },
          { text: label, fontSize: 9.5 },
        ],
      })),
      columnGap: 36,
    },
    { text: boardWords.goals, style: 'sectionTitle' },
    ...englishNote(language, countMarked(rows)),
    {
      table: { headerRows: 0, widths: [18, '*', 150], body: rows },
      layout: {
        hLineWidth: (index: number) => (index === 0 ? 0 : 0.5),
        hLineColor: () => palette.rule,
        vLineWidth: () => 0,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      fontSize: 9.5,
    },
  ];
}

/**
 * The board's report for a quarter or a year: a cover with the agreement in force and how many
 * goals were kept, then each goal by area with its target, status, every result in the period,
 * its trend in words and a small chart, all readable in black and white.
 */
export function boardReportDocument(input: BoardReportInput): TDocumentDefinitions {
  const language = input.language ?? 'en';
  const boardWords = boardWordsIn[language];
  const areas = goalsInPeriod(input);
  const periodWords = reportPeriodWords(input.period, language);
  const footer = boardWords.footer(periodWords);
  return {
    ...documentBase,
    info: {
      title: `${boardWords.title}: ${periodWords} — ${input.utility}`,
      author: input.utility,
      subject: `${footer}, ${boardWords.revisionNumber(input.view.inForce.revision)}`,
      creator: 'LOS Builder',
    },
    pageMargins: [64, 56, 64, wrappedFooterMargin(input.utility, 260, 24, 56)],
    footer: (page: number, pages: number): Content => ({
      columns: [
        { ...userText(input.utility), width: '*' },
        {
          text: `${footer} · ${boardWords.page(page, pages)}`,
          width: 'auto',
          alignment: 'right',
        },
      ],
      columnGap: 12,
      style: 'footer',
      margin: [64, 24, 64, 0],
    }),
    content: [
      ...cover(input, areas),
      ...areas.flatMap((area, index): Content[] => [
        {
          text: area.title,
          style: 'areaTitle',
          pageBreak: index === 0 ? 'before' : undefined,
          margin: [0, index === 0 ? 0 : 10, 0, 0],
        },
        ...area.goals.map((item) =>
          boardGoalBlock(item, input.period.kind, language, input.spanish),
        ),
      ]),
    ],
  };
}
