import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { answersIn } from '../domain/customers/answer-words';
import { feedbackTopics } from '../domain/customers/feedback-entry';
import { topicApplies } from '../domain/customers/topic-applies';
import { feedbackTopicWords } from '../domain/customers/topic-words';
import type { Language } from '../domain/printed-date';
import { runsSewer, runsWater, type SystemType, type UtilityProfile } from '../domain/utility';
import { centredBox, labelledLine } from './form-parts';
import { documentBase, palette } from './pdf-styles';
import {
  askBox,
  saidPage,
  sheetFields,
  sheetFieldsWidth,
  tickGroup,
  type TickGroup,
} from './tally-sheet-parts';
import { tallySheetWords, type TallySheetWords } from './tally-sheet-words';
import { userText } from './user-text';

export interface TallySheetInput {
  utility: UtilityProfile;
  language: Language;
}

// Landscape Letter with narrow margins: every column of ticks needs the width.
const margins: [number, number, number, number] = [32, 28, 32, 34];
const contentWidth = 792 - margins[0] - margins[2];
const households = 12;
const numberWidth = 20;
const houseWidth = 48;
// The number and house columns' padding, 3 points each side.
const rowLabelPadding = 12;

// A topic word of eight letters or more ("Response") needs a wider column at 6 pt.
function topicWidth(label: string, spare: number): number {
  return (label.length >= 8 && !label.includes(' ') ? 30 : 25) + spare;
}

/** The topics that apply to the system type, in the short words of a column. */
function topicGroup(
  words: TallySheetWords,
  language: Language,
  systemType: SystemType | null,
): TickGroup {
  const topics = feedbackTopics.filter((topic) => topicApplies(topic, systemType));
  const labels = topics.map((topic) => feedbackTopicWords[topic].tally[language]);
  // Fewer topics share the spare width.
  const spare = topics.length > 10 ? 0 : 2.5;
  return { title: words.topics, labels, widths: labels.map((label) => topicWidth(label, spare)) };
}

/** The answers ticked at each door: the questions the system type asks, in the ask box's order. */
function answerGroups(
  words: TallySheetWords,
  language: Language,
  systemType: SystemType | null,
): TickGroup[] {
  const water = runsWater(systemType);
  const sewer = runsSewer(systemType);
  return [
    tickGroup(words.notHome, [''], 32),
    tickGroup(words.satisfied, ['1', '2', '3', '4', '5'], 16),
    ...(water
      ? [
          tickGroup(words.outage, answersIn.outage(language, 'tally'), 19),
          tickGroup(words.notice, answersIn.notice(language, 'tally'), 24),
        ]
      : []),
    ...(sewer
      ? [
          tickGroup(words.cleanup, answersIn.cleanup(language, 'tally'), 19),
          tickGroup(words.overflowNotice, answersIn.overflowNotice(language, 'tally'), 24),
        ]
      : []),
    tickGroup(words.pay, answersIn.pay(language, 'tally'), 23),
  ];
}

function widthOf(groups: TickGroup[]): number {
  return groups.reduce((sum, group) => sum + group.widths.reduce((a, b) => a + b, 0), 0);
}

/** The questions read out at each door, as the sheet asks them. */
function askLines(words: TallySheetWords, systemType: SystemType | null, onBack: boolean) {
  const { ask } = words;
  return [
    ask.satisfaction,
    ...(runsWater(systemType) ? [ask.outage, ask.notice] : []),
    ...(runsSewer(systemType) ? [ask.cleanup, ask.overflowNotice] : []),
    ask.pay,
    onBack ? ask.topicsOnBack : ask.topics,
  ];
}

function headerRows(words: TallySheetWords, groups: TickGroup[]): TableCell[][] {
  const top: TableCell[] = [
    { text: words.number, rowSpan: 2, style: 'tallyHeader' },
    {
      rowSpan: 2,
      stack: [
        { text: words.house, style: 'tallyHeader' },
        { text: `(${words.houseNote})`, style: 'tallyLabel' },
      ],
    },
  ];
  const bottom: TableCell[] = [{ text: '' }, { text: '' }];
  for (const group of groups) {
    const single = group.labels.length === 1;
    top.push({
      text: group.title,
      style: 'tallyHeader',
      colSpan: group.labels.length,
      rowSpan: single ? 2 : 1,
      alignment: 'center',
    });
    top.push(...group.labels.slice(1).map(() => ({ text: '' })));
    bottom.push(
      ...group.labels.map((label): TableCell => ({
        text: label,
        style: 'tallyLabel',
        alignment: 'center',
      })),
    );
  }
  return [top, bottom];
}

function householdRow(number: number, groups: TickGroup[]): TableCell[] {
  return [
    { text: String(number), color: palette.muted, alignment: 'center' },
    { text: '' },
    ...groups.flatMap((group) => group.widths.map((width) => centredBox(width))),
  ];
}

function totalsRow(words: TallySheetWords, groups: TickGroup[]): TableCell[] {
  return [
    { text: words.totals, bold: true, colSpan: 2 },
    { text: '' },
    ...groups.flatMap((group) => group.labels.map(() => ({ text: '' }))),
  ];
}

/** The front's table; `compact` rows leave room for a longer list of questions above it. */
function tallyTable(words: TallySheetWords, groups: TickGroup[], compact: boolean): Content {
  const [top, bottom] = compact ? [6, 4.5] : [7, 6];
  // Where each group starts, for the heavier rule between groups.
  const groupEdges = new Set<number>([1, 2]);
  let column = 2;
  for (const group of groups) {
    groupEdges.add(column);
    column += group.labels.length;
  }
  groupEdges.add(column);
  const widths = [numberWidth, houseWidth, ...groups.flatMap((group) => group.widths)];
  const rows = Array.from({ length: households }, (_, index) => householdRow(index + 1, groups));
  const body = [...headerRows(words, groups), ...rows, totalsRow(words, groups)];
  return {
    table: { headerRows: 2, widths, body },
    layout: {
      hLineWidth: (index: number) =>
        index === 0 || index === 2 || index === body.length - 1 || index === body.length
          ? 0.9
          : 0.4,
      vLineWidth: (index: number) =>
        index === 0 || index === widths.length ? 0.9 : groupEdges.has(index) ? 0.9 : 0.3,
      hLineColor: () => palette.muted,
      vLineColor: (index: number) => (groupEdges.has(index) ? palette.muted : palette.rule),
      fillColor: (row: number) => (row < 2 ? palette.band : null),
      paddingLeft: (index: number) => (index < 2 ? 3 : 0),
      paddingRight: (index: number) => (index < 2 ? 3 : 0),
      paddingTop: (row: number) => (row < 2 ? 3 : top),
      paddingBottom: (row: number) => (row < 2 ? 3 : bottom),
    },
  };
}

/**
 * The door-to-door tally sheet: a row per household with ticks for the answers to the questions
 * the system type asks (a planned shutoff for water, a backup and an overflow for sewer) and
 * the topics that apply, a few words of what was said, and totals at the foot. One landscape
 * sheet, copied as often as needed; no names are written on it. When the topics do not fit
 * beside the answers (a utility that runs both services asks four questions and has fourteen
 * topics), they are ticked on the back, beside what was said.
 */
export function tallySheetDocument(input: TallySheetInput): TDocumentDefinitions {
  const words = tallySheetWords[input.language];
  const name = input.utility.name.trim();
  const { systemType } = input.utility;
  const answers = answerGroups(words, input.language, systemType);
  const topics = topicGroup(words, input.language, systemType);
  const rowLabels = numberWidth + houseWidth + rowLabelPadding;
  const onBack = rowLabels + widthOf([...answers, topics]) > contentWidth;
  const front = onBack ? answers : [...answers, topics];
  const questions = askLines(words, systemType, onBack);
  return {
    ...documentBase,
    pageOrientation: 'landscape',
    pageMargins: margins,
    defaultStyle: { ...documentBase.defaultStyle, fontSize: 9, lineHeight: 1.1 },
    styles: {
      ...documentBase.styles,
      tallyHeader: { fontSize: 7.5, bold: true, color: palette.accent, lineHeight: 1 },
      tallyLabel: { fontSize: 6.2, color: palette.ink, lineHeight: 1 },
    },
    info: {
      title: name === '' ? words.title : `${words.title} — ${name}`,
      author: name === '' ? 'LOS Builder' : name,
      subject: words.title,
      creator: 'LOS Builder',
    },
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: words.kicker, style: 'kicker', margin: [0, 0, 0, 3] },
              name === ''
                ? labelledLine('', 300)
                : { text: [userText(name)], fontSize: 14, bold: true, lineHeight: 1.05 },
            ],
          },
          { width: sheetFieldsWidth, stack: [sheetFields(words)] },
        ],
        columnGap: 16,
      },
      askBox(words, questions),
      // Four service questions (a utility that runs both) take two more lines above the table.
      tallyTable(words, front, questions.length > 5),
      { text: words.footer, style: 'small', margin: [0, 5, 0, 0] },
      ...saidPage(words, { households, numberWidth, topics: onBack ? topics : null }),
    ],
  };
}
