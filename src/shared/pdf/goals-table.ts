import type { Content, TableCell } from 'pdfmake/interfaces';
import { goalPeopleFields } from '../domain/goal';
import type { SystemType } from '../domain/utility';
import { agreementTerms } from './agreement-words';
import { printedArea } from './area-words';
import { goalsWords, type GoalsWords } from './goals-words';
import type { AreaGoals, NumberedGoal } from './numbered-goals';
import { printedDate, shortDate, type Language } from '../domain/printed-date';
import { measureIn, statementIn, unitIn } from '../domain/spanish/goal-wording';
import { palette } from './pdf-styles';
import { printedPassage, printedPassageOrDash, unitInEnglishMark } from './printed-passage';
import { baselinePassage, targetPassage } from './target-passage';
import { userText, userTextOrDash } from './user-text';

/**
 * Column widths on a landscape Letter page: 664 pt inside the margins, less 3.5 pt of padding
 * each side of 9 columns. The goal gets the most room, the short answers the least.
 */
const widths = [14, 130, 38, 86, 70, 74, 80, 47, 62];

export const goalsTableColumns = goalsWords.en.columns;

// A function, not a constant: pdfmake writes layout state into the nodes it is given, so a
// node shared by two tables prints empty in the second.
function headerRow(words: GoalsWords): TableCell[] {
  return words.columns.map((title) => ({ text: title, style: 'tableHeader' }));
}

// A draft may hold goals whose area the board has not chosen; they print last, under
// "Area not chosen yet", never under an area they were not given (approval is refused until
// every goal has one).

/**
 * The area's name as the table's first header row: it repeats with the column titles on every
 * page the table runs onto, and keepWithHeaderRows keeps it off the foot of a page.
 */
function areaRow(group: AreaGoals, systemType: SystemType | null, language: Language): TableCell[] {
  const info =
    group.area === null
      ? goalsWords[language].areaNotChosen
      : printedArea(group.area, systemType, language);
  return [
    {
      colSpan: widths.length,
      stack: [
        { text: info.title, style: 'areaTitle', margin: [0, 0, 0, 1] },
        { text: info.explanation, style: 'small' },
      ],
    },
    ...widths.slice(1).map(() => ({ text: '' })),
  ];
}

/** The baseline; its date only when it differs from the one the section states for all. */
function baselineCell(goal: NumberedGoal['goal'], commonAsOf: string, language: Language): Content {
  const words = goalsWords[language];
  const { value, asOf, missingReason } = goal.baseline;
  // The reason can run to 1,000 characters: it goes to the notes, so no row outgrows a page.
  if (value === null) {
    return { text: missingReason === '' ? words.notRecorded : words.noneYet };
  }
  const undated = { ...goal, baseline: { ...goal.baseline, asOf: '' } };
  if (asOf === '')
    return printedPassage(baselinePassage(goal, language), undefined, unitInEnglishMark);
  const amount = printedPassage(baselinePassage(undated, language), undefined, unitInEnglishMark);
  if (asOf === commonAsOf) return amount;
  const date = language === 'en' ? shortDate(asOf) : printedDate(asOf, language);
  return {
    stack: [amount, { text: words.cellAsOf(date), fontSize: 7.5, color: palette.muted }],
  };
}

function measureCell(goal: NumberedGoal['goal'], language: Language): Content {
  const measure = measureIn(goal, language);
  // A yes/no goal is met or not: a unit left from before it was made yes/no means nothing.
  if (measure.text === '' || goal.unit === '' || goal.direction === 'yes-no') {
    return printedPassageOrDash(measure);
  }
  return {
    text: [
      printedPassage(measure),
      { text: ' (' },
      printedPassage(unitIn(goal, language)),
      { text: ')' },
    ],
  };
}

/**
 * Who answers for the goal, in one cell: the responsible person, then each one who acts for them
 * under their printed name, such as "Stands in: the relief operator" (goalPeopleFields).
 */
function peopleCell(goal: NumberedGoal['goal'], words: GoalsWords): Content {
  const [first, ...others] = goalPeopleFields;
  const named = others.filter((field) => goal[field] !== '');
  if (named.length === 0) return userTextOrDash(goal[first]);
  return {
    stack: [
      userTextOrDash(goal[first]),
      ...named.map((field): Content => ({
        text: [{ text: `${words.people[field]}: `, color: palette.muted }, userText(goal[field])],
        fontSize: 8,
        margin: [0, 2, 0, 0],
      })),
    ],
  };
}

function goalRow(
  { number, goal }: NumberedGoal,
  commonAsOf: string,
  language: Language,
): TableCell[] {
  const words = goalsWords[language];
  const statement = printedPassageOrDash(statementIn(goal, language), 'goalStatement');
  return [
    { text: String(number), bold: true, color: palette.accent },
    goal.stretch
      ? {
          stack: [
            statement,
            { text: words.stretch, style: 'small', italics: true, margin: [0, 1, 0, 0] },
          ],
        }
      : statement,
    {
      text: goal.kind === 'internal' ? words.internal : words.external,
      fontSize: 8,
      color: palette.muted,
    },
    measureCell(goal, language),
    // The target and baseline carry the user's unit, so they are user text too.
    printedPassage(targetPassage(goal, language), 'goalStatement', unitInEnglishMark),
    baselineCell(goal, commonAsOf, language),
    userTextOrDash(goal.dataSource),
    {
      text: goal.frequency === null ? '—' : agreementTerms[language].frequency[goal.frequency],
    },
    peopleCell(goal, words),
  ];
}

const tableLayout = {
  hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
    index <= 1 || index === node.table.body.length ? 0 : index === 2 ? 1 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (index: number) => (index === 2 ? palette.accent : palette.rule),
  fillColor: (row: number) => (row === 1 ? palette.band : null),
  paddingLeft: () => 3.5,
  paddingRight: () => 3.5,
  paddingTop: (row: number) => (row === 0 ? 12 : 4),
  paddingBottom: () => 4,
};

/**
 * One area's goals as a table whose rows never split across pages and whose header (area name
 * and column titles) repeats on every page it runs onto. A row that will not fit on one page is
 * cut by pdfmake, so only the short fields (at most 300 characters each) go in the rows.
 */
export function areaGoalsTable(
  group: AreaGoals,
  commonAsOf: string,
  systemType: SystemType | null,
  language: Language = 'en',
): Content {
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        areaRow(group, systemType, language),
        headerRow(goalsWords[language]),
        ...group.goals.map((goal) => goalRow(goal, commonAsOf, language)),
      ],
    },
    layout: tableLayout,
    style: 'tableCell',
    margin: [0, 0, 0, 4],
  };
}

/** The baseline date most goals share, stated once above the tables instead of in every row. */
export function commonBaselineDate(goals: readonly NumberedGoal[]): string {
  const counts = new Map<string, number>();
  for (const { goal } of goals) {
    if (goal.baseline.value === null || goal.baseline.asOf === '') continue;
    counts.set(goal.baseline.asOf, (counts.get(goal.baseline.asOf) ?? 0) + 1);
  }
  let common = '';
  let most = 0;
  for (const [date, count] of counts) {
    if (count > most) [common, most] = [date, count];
  }
  return common;
}
