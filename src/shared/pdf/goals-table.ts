import type { Content, TableCell } from 'pdfmake/interfaces';
import { goalAreaWords } from '../domain/goal-areas';
import { goalFieldLabels, goalPeopleFields, printedPeopleWords } from '../domain/goal';
import type { SystemType } from '../domain/utility';
import { frequencyWords } from './agreement-words';
import type { AreaGoals, NumberedGoal } from './numbered-goals';
import { shortDate } from '../domain/printed-date';
import { palette } from './pdf-styles';
import { baselineInWords, targetInWords } from './target-words';
import { userText, userTextOrDash } from './user-text';

/**
 * Column widths on a landscape Letter page: 664 pt inside the margins, less 3.5 pt of padding
 * each side of 9 columns. The goal gets the most room, the short answers the least.
 */
const columns: { title: string; width: number }[] = [
  { title: 'No.', width: 14 },
  { title: goalFieldLabels.statement, width: 130 },
  { title: 'Type', width: 38 },
  { title: goalFieldLabels.measure, width: 86 },
  { title: goalFieldLabels.target, width: 70 },
  { title: 'Baseline (today)', width: 74 },
  { title: 'Data source', width: 80 },
  { title: goalFieldLabels.frequency, width: 47 },
  { title: printedPeopleWords.responsible, width: 62 },
];

export const goalsTableColumns = columns.map((column) => column.title);

// A function, not a constant: pdfmake writes layout state into the nodes it is given, so a
// node shared by two tables prints empty in the second.
function headerRow(): TableCell[] {
  return columns.map((column) => ({ text: column.title, style: 'tableHeader' }));
}

// A draft may hold goals whose area the board has not chosen; they print last, under this,
// never under an area they were not given (approval is refused until every goal has one).
const areaNotChosen = {
  title: 'Area not chosen yet',
  explanation: 'These goals are unfinished: the board has not yet chosen their area.',
};

/**
 * The area's name as the table's first header row: it repeats with the column titles on every
 * page the table runs onto, and keepWithHeaderRows keeps it off the foot of a page.
 */
function areaRow(group: AreaGoals, systemType: SystemType | null): TableCell[] {
  const info = group.area === null ? areaNotChosen : goalAreaWords(group.area, systemType);
  return [
    {
      colSpan: columns.length,
      stack: [
        { text: info.title, style: 'areaTitle', margin: [0, 0, 0, 1] },
        { text: info.explanation, style: 'small' },
      ],
    },
    ...columns.slice(1).map(() => ({ text: '' })),
  ];
}

/** The baseline; its date only when it differs from the one the section states for all. */
function baselineCell(goal: NumberedGoal['goal'], commonAsOf: string): Content {
  const { value, asOf, missingReason } = goal.baseline;
  // The reason can run to 1,000 characters: it goes to the notes, so no row outgrows a page.
  if (value === null) {
    return { text: missingReason === '' ? 'not recorded yet' : 'none yet (see the notes)' };
  }
  if (asOf === '') return userText(baselineInWords(goal));
  const amount = userText(baselineInWords({ ...goal, baseline: { ...goal.baseline, asOf: '' } }));
  if (asOf === commonAsOf) return amount;
  return {
    stack: [amount, { text: `as of ${shortDate(asOf)}`, fontSize: 7.5, color: palette.muted }],
  };
}

function measureCell(goal: NumberedGoal['goal']): Content {
  // A yes/no goal is met or not: a unit left from before it was made yes/no means nothing.
  if (goal.measure === '' || goal.unit === '' || goal.direction === 'yes-no') {
    return userTextOrDash(goal.measure);
  }
  return { text: [userText(goal.measure), { text: ' (' }, userText(goal.unit), { text: ')' }] };
}

/**
 * Who answers for the goal, in one cell: the responsible person, then each one who acts for them
 * under their printed name, such as "Stands in: the relief operator" (goalPeopleFields).
 */
function peopleCell(goal: NumberedGoal['goal']): Content {
  const [first, ...others] = goalPeopleFields;
  const named = others.filter((field) => goal[field] !== '');
  if (named.length === 0) return userTextOrDash(goal[first]);
  return {
    stack: [
      userTextOrDash(goal[first]),
      ...named.map((field): Content => ({
        text: [
          { text: `${printedPeopleWords[field]}: `, color: palette.muted },
          userText(goal[field]),
        ],
        fontSize: 8,
        margin: [0, 2, 0, 0],
      })),
    ],
  };
}

function goalRow({ number, goal }: NumberedGoal, commonAsOf: string): TableCell[] {
  return [
    { text: String(number), bold: true, color: palette.accent },
    goal.stretch
      ? {
          stack: [
            userTextOrDash(goal.statement, 'goalStatement'),
            { text: 'Stretch goal', style: 'small', italics: true, margin: [0, 1, 0, 0] },
          ],
        }
      : userTextOrDash(goal.statement, 'goalStatement'),
    { text: goal.kind === 'internal' ? 'Internal' : 'External', fontSize: 8, color: palette.muted },
    measureCell(goal),
    // The target and baseline carry the user's unit, so they are user text too.
    userText(targetInWords(goal), 'goalStatement'),
    baselineCell(goal, commonAsOf),
    userTextOrDash(goal.dataSource),
    { text: goal.frequency === null ? '—' : frequencyWords[goal.frequency] },
    peopleCell(goal),
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
): Content {
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [
        areaRow(group, systemType),
        headerRow(),
        ...group.goals.map((goal) => goalRow(goal, commonAsOf)),
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
