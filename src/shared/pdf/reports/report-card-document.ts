import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TrackedGoal, TrackingView } from '../../api/tracking-contract';
import { printedDate, type Language } from '../../domain/printed-date';
import { wordsForService } from '../../domain/service-words';
import type { SystemType } from '../../domain/utility';
import { periodStanding, type PeriodStanding } from '../../domain/tracking/period-results';
import { wrappedFooterMargin } from '../page-frame';
import { documentBase, palette } from '../pdf-styles';
import { followUpIn, statementIn } from '../../domain/spanish/goal-wording';
import { countMarked, englishNote, printedPassage, unitInEnglishMark } from '../printed-passage';
import { targetPassage } from '../target-passage';
import { userText } from '../user-text';
import { withSpanish, type SpanishWordings } from './goal-wording';
import { cardWords, countedNoun, type CardWords } from './report-card-words';
import { markLines } from './status-mark';

export interface ReportCardInput {
  utility: string;
  systemType: SystemType | null;
  /** The overview of the agreement in force (tracking-view.ts), made on the card's day. */
  view: TrackingView & { inForce: NonNullable<TrackingView['inForce']> };
  year: number;
  language: Language;
  /** What the board will do about each goal missed this year, by goal id, as typed. */
  followUps: ReadonlyMap<string, string>;
  /** The same, as the board wrote them in Spanish ('' where not written), for a Spanish card. */
  followUpsSpanish?: ReadonlyMap<string, string>;
  /** Each goal's Spanish wording, for a Spanish card. */
  spanish?: SpanishWordings;
}

/** The external goals of the agreement in force, in the agreement's order, over the year. */
export function cardGoals(
  input: Pick<ReportCardInput, 'view' | 'year'>,
): { goal: TrackedGoal; standing: PeriodStanding }[] {
  const period = { kind: 'year', key: String(input.year) } as const;
  return input.view.areas
    .flatMap((area) => area.goals)
    .filter((goal) => goal.kind === 'external')
    .map((goal) => ({ goal, standing: periodStanding(goal, period, input.view.today) }));
}

/** Type and mark sizes by how many goals share the one page. */
function sizes(count: number): { text: number; mark: number; gap: number } {
  if (count <= 5) return { text: 11, mark: 30, gap: 10 };
  if (count <= 9) return { text: 9.5, mark: 22, gap: 6 };
  return { text: 8.5, mark: 16, gap: 3 };
}

function goalRow(
  { goal, standing }: { goal: TrackedGoal; standing: PeriodStanding },
  input: ReportCardInput,
  words: CardWords,
  size: ReturnType<typeof sizes>,
): Content {
  const status = words.status[standing.status];
  const judged = standing.met + standing.missed;
  const worded = withSpanish(goal, input.spanish);
  const statement = statementIn(worded, input.language);
  const lines: Content[] = [
    {
      text: [statement.text === '' ? { text: '—' } : printedPassage(statement)],
      bold: true,
      fontSize: size.text + 1,
    },
    {
      text: [
        `${words.target}: `,
        printedPassage(targetPassage(worded, input.language), undefined, unitInEnglishMark),
      ],
      margin: [0, 2, 0, 0],
    },
  ];
  if (judged > 0) {
    const noun = countedNoun(words, goal.periodKind, goal.frequency, judged);
    lines.push({ text: words.counted(standing.met, judged, noun), margin: [0, 1, 0, 0] });
  }
  if (standing.status === 'not-met') {
    const text = input.followUps.get(goal.id);
    const followUp =
      text === undefined
        ? undefined
        : followUpIn(
            { text, textSpanish: input.followUpsSpanish?.get(goal.id) ?? '' },
            input.language,
          );
    lines.push({
      margin: [0, 3, 0, 0],
      text: followUp
        ? [{ text: `${words.willDo}: `, bold: true }, printedPassage(followUp)]
        : [
            { text: `${words.willDo}: `, bold: true },
            { text: words.noFollowUp, italics: true },
          ],
    });
  }
  return {
    unbreakable: true,
    margin: [0, size.gap, 0, size.gap],
    columns: [
      { width: size.mark + 4, canvas: markLines(status.mark, size.mark, size.mark / 9) },
      {
        width: size.mark * 3.2,
        text: status.words,
        bold: true,
        fontSize: size.text + 2,
        margin: [0, size.mark / 2 - size.text / 1.4, 0, 0],
      },
      { width: '*', stack: lines },
    ],
    columnGap: 8,
  };
}

/** A letter page less the card's side margins, in points. */
const cardWidth = 612 - 2 * 54;

/** A thin rule across the page; a fresh node each time, as pdfmake writes into the nodes it lays out. */
function rule(margin: [number, number, number, number]): Content {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: cardWidth, y2: 0, lineWidth: 0.8, lineColor: palette.rule },
    ],
    margin,
  };
}

/**
 * "How we did in 2027": one page for customers, in English or Spanish, with each external goal
 * met or not as a large drawn mark and a word, and for each miss what the utility will do.
 */
export function reportCardDocument(input: ReportCardInput): TDocumentDefinitions {
  const words = cardWords[input.language];
  const { view, language } = input;
  const goals = cardGoals(input);
  const size = sizes(goals.length);
  const yearOver = `${input.year}-12-31` < view.today;
  const adopted = printedDate(view.inForce.approvedOn, language);
  const mark = words.revision(view.inForce.revision, adopted);
  const rows = goals.flatMap((goal) => [goalRow(goal, input, words, size), rule([0, 0, 0, 0])]);
  return {
    ...documentBase,
    defaultStyle: { ...documentBase.defaultStyle, fontSize: size.text, lineHeight: 1.2 },
    info: {
      title: `${words.docTitle(input.year)} — ${input.utility}`,
      author: input.utility,
      subject: mark,
      creator: 'LOS Builder',
    },
    pageMargins: [54, 44, 54, wrappedFooterMargin(input.utility, cardWidth - 260, 20, 48)],
    footer: (): Content => ({
      columns: [
        { ...userText(input.utility), width: '*' },
        { text: mark, width: 'auto', alignment: 'right' },
      ],
      columnGap: 12,
      style: 'footer',
      margin: [54, 20, 54, 0],
    }),
    content: [
      { text: words.kicker, style: 'kicker', margin: [0, 0, 0, 4] },
      { text: words.title(input.year), style: 'title', fontSize: 26 },
      userText(input.utility, 'subtitle'),
      {
        text: words.intro(wordsForService(input.systemType, language).service),
        margin: [0, 10, 0, 0],
        fontSize: 10.5,
        lineHeight: 1.3,
      },
      yearOver
        ? { text: '' }
        : {
            text: words.soFar(printedDate(view.today, language)),
            bold: true,
            margin: [0, 4, 0, 0],
          },
      ...englishNote(language, countMarked(rows)),
      rule([0, 10, 0, 0]),
      ...(goals.length === 0
        ? [{ text: words.noGoals, margin: [0, 10, 0, 0] } satisfies Content]
        : rows),
      { text: words.closing, fontSize: 9, margin: [0, 12, 0, 0] },
    ],
  };
}
