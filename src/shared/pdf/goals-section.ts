import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AgreementContent } from '../domain/agreement-version';
import { areaGoalsTable, commonBaselineDate } from './goals-table';
import { goalsByArea, type NumberedGoal } from './numbered-goals';
import { palette } from './pdf-styles';
import { printedDate, type Language } from '../domain/printed-date';
import { goalsWords } from './goals-words';
import { paragraph, sectionTitle, withHeading } from './section-title';
import type { Passage } from '../domain/spanish/passage';
import { printedPassage } from './printed-passage';

type Evidence = NonNullable<AgreementContent['customerFeedback']>['evidence'];
type Note = [label: string, passage: Passage];

const asTyped = (text: string): Passage => ({ text, inEnglish: false });

/**
 * The evidence lines a paper in `language` prints: the English ones, or on a Spanish paper the
 * Spanish ones approved with them. An approval made before those existed has English only, which
 * a Spanish paper prints marked as English, never as a silent mix.
 */
function evidenceLinesIn(entry: Evidence[number] | undefined, language: Language): Passage[] {
  if (entry === undefined) return [];
  if (language === 'en') return entry.lines.map(asTyped);
  if (entry.linesSpanish !== undefined) return entry.linesSpanish.map(asTyped);
  return entry.lines.map((text) => ({ text, inEnglish: true }));
}

function notesOf({ goal }: NumberedGoal, evidence: Evidence, language: Language): Note[] {
  const words = goalsWords[language];
  const lines = evidenceLinesIn(
    evidence.find((entry) => entry.goalId === goal.id),
    language,
  );
  const notes: Note[] = [
    [words.why, asTyped(goal.rationale)],
    [words.customersSaid, asTyped(goal.customerBasis)],
    // Sentences made from the feedback the board linked to this goal (figures and quotes, no
    // names), kept with the approved content as worded on the day of the approval.
    ...lines.map((line): Note => [words.evidence, line]),
    [words.cost, asTyped(goal.costNote)],
    [words.noBaseline, asTyped(goal.baseline.value === null ? goal.baseline.missingReason : '')],
  ];
  return notes.filter(([, passage]) => passage.text !== '');
}

/**
 * The long answers (up to 2,000 characters each): why each goal was chosen, what customers said
 * and the evidence the board linked to it, what it costs, why there is no baseline. Rows may
 * break across pages here.
 */
function notesTable(goals: NumberedGoal[], evidence: Evidence, language: Language): Content[] {
  const rows = goals
    .map((goal) => ({ number: goal.number, notes: notesOf(goal, evidence, language) }))
    .filter((entry) => entry.notes.length > 0);
  if (rows.length === 0) return [];
  const title: TableCell[] = [
    { text: goalsWords[language].notes, style: 'subheading', colSpan: 2, margin: [0, 6, 0, 2] },
    { text: '' },
  ];
  return [
    {
      table: {
        // The title is a header row, so it repeats on every page the notes run onto. No
        // keepWithHeaderRows: it would make the first note unbreakable, and pdfmake drops what
        // of an unbreakable block does not fit on one page (a goal's notes can outgrow a page).
        // The notes start a page of their own, so the title is never alone at a page's foot.
        headerRows: 1,
        widths: [16, '*'],
        body: [
          title,
          ...rows.map(({ number, notes }): TableCell[] => [
            { text: String(number), bold: true, color: palette.accent },
            {
              stack: notes.map(([label, passage]) => ({
                text: [
                  { text: `${label}: `, bold: true, color: palette.muted },
                  printedPassage(passage),
                ],
                margin: [0, 0, 0, 2],
              })),
            },
          ]),
        ],
      },
      layout: {
        hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
          index <= 1 || index === node.table.body.length ? 0 : 0.5,
        vLineWidth: () => 0,
        hLineColor: () => palette.rule,
        paddingLeft: () => 3.5,
        paddingTop: () => 4,
        paddingBottom: () => 3,
      },
      style: 'tableCell',
    },
  ];
}

/**
 * The goals, grouped by area. Only the nine-column tables need a landscape page (to read at
 * 9 pt); the notes are running text, so they go back to portrait, and what follows them runs
 * on without a break: a note or two never sits alone on a landscape page.
 */
export function goalsSection(
  number: number,
  content: AgreementContent,
  language: Language = 'en',
): Content[] {
  const words = goalsWords[language];
  const groups = goalsByArea(content.goals);
  const all = groups.flatMap((group) => group.goals);
  const commonAsOf = commonBaselineDate(all);
  const asOf = commonAsOf === '' ? '' : words.asOf(printedDate(commonAsOf, language));
  const opening = withHeading(sectionTitle(number, words.title), paragraph(words.opening(asOf)));
  if (groups.length === 0) {
    return [opening, paragraph(words.noGoals)];
  }
  const notes = notesTable(all, content.customerFeedback?.evidence ?? [], language);
  return [
    { stack: [opening], pageBreak: 'before', pageOrientation: 'landscape' },
    ...groups.map((group) =>
      areaGoalsTable(group, commonAsOf, content.utility.systemType, language),
    ),
    // An empty stack still turns the page back to portrait for the next section.
    { stack: notes, pageBreak: 'before', pageOrientation: 'portrait' },
  ];
}
