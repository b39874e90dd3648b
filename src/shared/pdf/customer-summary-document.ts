import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ApprovedVersion } from '../domain/agreement-version';
import type { Standing } from './standing-words';
import { summaryReporting, summaryWords, type SummaryWords } from './customer-summary-words';
import { shortFingerprint } from '../domain/approval-rules/short-fingerprint';
import { numberedGoals, type NumberedGoal } from './numbered-goals';
import { documentBase, palette } from './pdf-styles';
import { printedDate, type Language } from '../domain/printed-date';
import { wordsForService } from '../domain/service-words';
import { statementIn } from '../domain/spanish/goal-wording';
import { targetPassage } from './target-passage';
import { wrappedFooterMargin } from './page-frame';
import { countMarked, englishNote, printedPassage, unitInEnglishMark } from './printed-passage';
import { estimatedWidth } from './text-lines';
import { userText } from './user-text';

/**
 * Type size by the number of goals, so the summary stays on one sheet (a bill insert): full
 * size for a typical agreement of 10–14 goals, smaller for more (30 goals still fit).
 */
function typeSize(goalCount: number): number {
  if (goalCount <= 14) return 10.5;
  if (goalCount <= 22) return 9.5;
  return 8;
}

function goalRow({ goal, number }: NumberedGoal, language: Language): TableCell[] {
  const statement = statementIn(goal, language);
  return [
    // The agreement's number, so "goal 3" at a meeting is the same goal on this sheet.
    {
      text: [
        { text: `${number}  `, bold: true, color: palette.accent },
        statement.text === '' ? { text: '—' } : printedPassage(statement),
      ],
    },
    // The target carries the unit as typed, so it is user text.
    printedPassage(targetPassage(goal, language), 'goalStatement', unitInEnglishMark),
  ];
}

function group(
  title: string,
  goals: NumberedGoal[],
  words: SummaryWords,
  language: Language,
  padding: number,
): Content[] {
  if (goals.length === 0) return [];
  const header: TableCell[] = [
    { text: title, style: 'subheading', color: palette.accent, margin: [0, 0, 0, 0] },
    { text: words.target, style: 'tableHeader', alignment: 'left', margin: [0, 3, 0, 0] },
  ];
  return [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 170],
        body: [header, ...goals.map((goal) => goalRow(goal, language))],
      },
      layout: {
        hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
          index === 0 || index === node.table.body.length ? 0 : index === 1 ? 1 : 0.5,
        vLineWidth: () => 0,
        hLineColor: (index: number) => (index === 1 ? palette.accent : palette.rule),
        paddingLeft: () => 0,
        paddingRight: () => 8,
        paddingTop: () => padding,
        paddingBottom: () => padding,
      },
      margin: [0, 6, 0, 4],
    },
  ];
}

/** A letter page less the summary's side margins, in points. */
const summaryWidth = 612 - 2 * 54;

/** One page of the approved goals in plain words, for a bill insert or the water-quality report. */
export function customerSummaryDocument(input: {
  version: ApprovedVersion;
  standing: Standing;
  language: Language;
}): TDocumentDefinitions {
  const { version, standing, language } = input;
  const words = summaryWords[language];
  const utility = version.content.utility.name;
  const { systemType } = version.content.utility;
  const reporting = summaryReporting(
    language,
    systemType,
    version.content.customerFeedback?.annualMeeting ?? null,
  );
  const goals = numberedGoals(version.content.goals);
  const size = typeSize(goals.length);
  const padding = size >= 10 ? 2.5 : 1.2;
  const external = group(
    words.external,
    goals.filter(({ goal }) => goal.kind === 'external'),
    words,
    language,
    padding,
  );
  const internal = group(
    words.internal,
    goals.filter(({ goal }) => goal.kind === 'internal'),
    words,
    language,
    padding,
  );
  const adopted = printedDate(version.meeting.date, language);
  const short = shortFingerprint(version.fingerprint);
  const standingText = standing.inForce
    ? words.inForce
    : words.superseded(
        standing.supersededBy,
        standing.supersededOn === '' ? null : printedDate(standing.supersededOn, language),
      );
  const mark = `${words.revision(version.revision)} · ${words.checkCode} ${short}`;
  const markWidth = Math.ceil(estimatedWidth(mark, 8));
  const nameWidth = summaryWidth - markWidth - 12;
  return {
    ...documentBase,
    defaultStyle: { ...documentBase.defaultStyle, fontSize: size, lineHeight: 1.15 },
    styles: {
      ...documentBase.styles,
      title: { ...documentBase.styles.title, fontSize: 20 },
      goalStatement: { bold: true },
      subheading: { fontSize: size + 1.5, bold: true },
    },
    info: {
      title: `${words.title} — ${utility}`,
      author: utility,
      subject: `${words.adopted(adopted)} · ${words.revision(version.revision)} · ${words.checkCode} ${short}`,
      creator: 'LOS Builder',
    },
    // Every page says whose summary it is: a long one runs to a second page, which may be
    // posted or handed out on its own. The name wraps, never cut; the margin grows with it.
    pageMargins: [54, 40, 54, wrappedFooterMargin(utility, nameWidth, 20, 48)],
    footer: (): Content => ({
      columns: [
        { ...userText(utility), width: '*' },
        { text: mark, width: markWidth, noWrap: true, alignment: 'right' },
      ],
      columnGap: 12,
      style: 'footer',
      margin: [54, 20, 54, 0],
    }),
    content: [
      { text: words.kicker, style: 'kicker', margin: [0, 0, 0, 4] },
      userText(utility, 'title'),
      {
        text: [
          `${words.adopted(adopted)} · ${words.revision(version.revision)} · `,
          {
            text: standingText,
            bold: !standing.inForce,
            color: standing.inForce ? undefined : palette.draft,
          },
        ],
        style: 'subtitle',
        margin: [0, 4, 0, 10],
      },
      {
        text: words.intro(wordsForService(systemType, language).service),
        fontSize: 10.5,
        lineHeight: 1.3,
        margin: [0, 0, 0, 6],
      },
      ...englishNote(language, countMarked([external, internal])),
      ...external,
      ...internal,
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 504, y2: 0, lineWidth: 0.8, lineColor: palette.rule },
        ],
        margin: [0, 10, 0, 6],
      },
      {
        columns: [
          {
            stack: [
              { text: reporting, margin: [0, 0, 0, 3] },
              { text: words.nextReview(printedDate(version.nextReviewOn, language)) },
            ],
          },
          { text: words.notContract, bold: true },
        ],
        columnGap: 18,
        fontSize: 9,
        lineHeight: 1.2,
      },
    ],
  };
}
