import type { Content, ContentColumns, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ApprovedVersion } from '../domain/agreement-version';
import { shortFingerprint } from '../domain/approval-rules/short-fingerprint';
import { printedDate, type Language } from '../domain/printed-date';
import { wordsForService } from '../domain/service-words';
import { statementIn } from '../domain/spanish/goal-wording';
import { summaryReporting, summaryWords } from './customer-summary-words';
import { numberedGoals, type NumberedGoal } from './numbered-goals';
import { wrappedFooterMargin } from './page-frame';
import { documentBase, palette } from './pdf-styles';
import { countMarked, englishNote, printedPassage, unitInEnglishMark } from './printed-passage';
import type { Standing } from './standing-words';
import { targetPassage } from './target-passage';
import { estimatedWidth } from './text-lines';
import { userText } from './user-text';

const languages: readonly Language[] = ['en', 'es'];

/** A letter page less the summary's side margins, in points. */
const pageWidth = 612 - 2 * 40;
const numberWidth = 16;

/**
 * Smaller type than the one-language summary, since each goal is said twice; a typical 10–14
 * goals stay at a size a customer reads at arm's length, and 30 still fit on one sheet.
 */
function typeSize(goalCount: number): number {
  if (goalCount <= 14) return 8.5;
  if (goalCount <= 22) return 7.5;
  return 7;
}

/** One language's half of a goal's row: the goal, and its target beside it. */
function half({ goal }: NumberedGoal, language: Language): TableCell[] {
  const statement = statementIn(goal, language);
  return [
    statement.text === '' ? { text: '—' } : printedPassage(statement),
    printedPassage(targetPassage(goal, language), 'goalStatement', unitInEnglishMark),
  ];
}

/** The target column's width: "at most 10 per 1,000 connections a year" wraps within it. */
const targetWidth = 96;

/**
 * A group of goals, each row English beside Spanish (goal and target in each), so a reader
 * finds the same goal in both; a rule parts the two languages.
 */
function group(
  kind: 'external' | 'internal',
  goals: NumberedGoal[],
  padding: number,
  size: number,
): Content[] {
  if (goals.length === 0) return [];
  const header: TableCell[] = [
    { text: '' },
    ...languages.flatMap((language): TableCell[] => [
      {
        text: summaryWords[language][kind],
        bold: true,
        fontSize: size + 1.5,
        color: palette.accent,
      },
      { text: summaryWords[language].target, style: 'tableHeader', margin: [0, 2, 0, 0] },
    ]),
  ];
  return [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [numberWidth, '*', targetWidth, '*', targetWidth],
        body: [
          header,
          ...goals.map((goal): TableCell[] => [
            { text: String(goal.number), bold: true, color: palette.accent },
            ...languages.flatMap((language) => half(goal, language)),
          ]),
        ],
      },
      layout: {
        hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
          index === 0 || index === node.table.body.length ? 0 : index === 1 ? 1 : 0.5,
        vLineWidth: (index: number) => (index === 3 ? 0.5 : 0),
        vLineColor: () => palette.rule,
        hLineColor: (index: number) => (index === 1 ? palette.accent : palette.rule),
        paddingLeft: (index: number) => (index === 0 ? 0 : index === 3 ? 8 : 3),
        paddingRight: (index: number) => (index === 2 ? 8 : 3),
        paddingTop: () => padding,
        paddingBottom: () => padding,
      },
      margin: [0, 4, 0, 2],
    },
  ];
}

/** Two columns of the same kind of text, English on the left and Spanish on the right. */
function sideBySide(
  texts: Record<Language, Content>,
  margin: [number, number, number, number],
): ContentColumns {
  return {
    columns: languages.map((language) => ({ width: '*', stack: [texts[language]] })),
    columnGap: 18,
    margin,
  };
}

/**
 * The customer summary in English and Spanish on the same page, for mailing to every customer:
 * each goal's row holds its English and its Spanish side by side. A goal the board wrote only
 * in English prints on the Spanish side marked "(en inglés)", with the count near the top.
 */
export function bilingualSummaryDocument(input: {
  version: ApprovedVersion;
  standing: Standing;
}): TDocumentDefinitions {
  const { version, standing } = input;
  const { en, es } = summaryWords;
  const utility = version.content.utility.name;
  const { systemType } = version.content.utility;
  const annualMeeting = version.content.customerFeedback?.annualMeeting ?? null;
  const goals = numberedGoals(version.content.goals);
  const size = typeSize(goals.length);
  const padding = size >= 8.5 ? 2 : 1;
  const groups = [
    ...group(
      'external',
      goals.filter(({ goal }) => goal.kind === 'external'),
      padding,
      size,
    ),
    ...group(
      'internal',
      goals.filter(({ goal }) => goal.kind === 'internal'),
      padding,
      size,
    ),
  ];
  const short = shortFingerprint(version.fingerprint);
  const each = (say: (language: Language) => string): Record<Language, Content> => ({
    en: { text: say('en') },
    es: { text: say('es') },
  });
  const adopted = (language: Language) => {
    const words = summaryWords[language];
    const on = printedDate(version.meeting.date, language);
    const standingText = standing.inForce
      ? words.inForce
      : words.superseded(
          standing.supersededBy,
          standing.supersededOn === '' ? null : printedDate(standing.supersededOn, language),
        );
    return `${words.adopted(on)} · ${standingText}`;
  };
  const mark = `${en.revision(version.revision)} · ${es.revision(version.revision)} · ${short}`;
  const markWidth = Math.ceil(estimatedWidth(mark, 8));
  return {
    ...documentBase,
    defaultStyle: { ...documentBase.defaultStyle, fontSize: size, lineHeight: 1.12 },
    styles: {
      ...documentBase.styles,
      title: { ...documentBase.styles.title, fontSize: 16 },
      goalStatement: { bold: true },
    },
    info: {
      title: `${en.title} / ${es.title} — ${utility}`,
      author: utility,
      subject: `${en.adopted(printedDate(version.meeting.date))} · ${en.revision(version.revision)} · ${en.checkCode} ${short}`,
      creator: 'LOS Builder',
    },
    pageMargins: [40, 34, 40, wrappedFooterMargin(utility, pageWidth - markWidth - 12, 18, 44)],
    footer: (): Content => ({
      columns: [
        { ...userText(utility), width: '*' },
        { text: mark, width: markWidth, noWrap: true, alignment: 'right' },
      ],
      columnGap: 12,
      style: 'footer',
      margin: [40, 18, 40, 0],
    }),
    content: [
      { text: `${en.kicker} · ${es.kicker}`, style: 'kicker', margin: [0, 0, 0, 3] },
      userText(utility, 'title'),
      sideBySide(
        {
          en: { text: adopted('en'), style: 'subtitle', fontSize: 9.5 },
          es: { text: adopted('es'), style: 'subtitle', fontSize: 9.5 },
        },
        [0, 3, 0, 6],
      ),
      sideBySide(
        each((language) =>
          summaryWords[language].intro(wordsForService(systemType, language).service),
        ),
        [0, 0, 0, 4],
      ),
      ...englishNote('es', countMarked(groups)),
      ...groups,
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: pageWidth,
            y2: 0,
            lineWidth: 0.8,
            lineColor: palette.rule,
          },
        ],
        margin: [0, 6, 0, 4],
      },
      {
        ...sideBySide(
          each((language) =>
            [
              summaryReporting(language, systemType, annualMeeting),
              summaryWords[language].nextReview(printedDate(version.nextReviewOn, language)),
              summaryWords[language].notContract,
            ].join(' '),
          ),
          [0, 0, 0, 0],
        ),
        fontSize: Math.min(size, 8),
        lineHeight: 1.12,
      },
    ],
  };
}
