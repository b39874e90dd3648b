import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { feedbackTopics, type FeedbackTopic } from '../domain/customers/feedback-entry';
import type { Language } from '../domain/printed-date';
import type { UtilityProfile } from '../domain/utility';
import { centredBox, labelledLine } from './form-parts';
import { documentBase, palette } from './pdf-styles';
import { askBox, saidPage, sheetFields, sheetFieldsWidth } from './tally-sheet-parts';
import { tallySheetWords, type TallySheetWords } from './tally-sheet-words';
import { userText } from './user-text';

export interface TallySheetInput {
  utility: UtilityProfile;
  language: Language;
}

// Landscape Letter with narrow margins: every column of ticks needs the width.
const margins: [number, number, number, number] = [32, 28, 32, 34];
const households = 12;

/** A group of tick columns under one heading: "Satisfied (1–5)" over 1 2 3 4 5. */
interface TickGroup {
  title: string;
  labels: string[];
  widths: number[];
}

function tickGroup(title: string, labels: string[], width: number): TickGroup {
  return { title, labels, widths: labels.map(() => width) };
}

// A topic word of eight letters or more ("Response") needs a wider column at 6 pt.
function topicWidth(label: string, spare: number): number {
  return (label.length >= 8 && !label.includes(' ') ? 30 : 25) + spare;
}

function groupsOf(words: TallySheetWords, topics: FeedbackTopic[]): TickGroup[] {
  const labels = topics.map((topic) => words.topicWords[topic]);
  return [
    tickGroup(words.notHome, [''], 32),
    tickGroup(words.satisfied, ['1', '2', '3', '4', '5'], 18),
    tickGroup(words.outage, words.outageChoices, 19),
    tickGroup(words.notice, words.noticeChoices, 24),
    tickGroup(words.pay, words.payChoices, 23),
    // A water-only system has no sewer column, so the other topics share its width.
    {
      title: words.topics,
      labels,
      widths: labels.map((label) => topicWidth(label, topics.length > 10 ? 0 : 2.5)),
    },
  ];
}

const numberWidth = 20;
const houseWidth = 52;

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

function tallyTable(words: TallySheetWords, groups: TickGroup[]): Content {
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
      paddingTop: (row: number) => (row < 2 ? 3 : 7),
      paddingBottom: (row: number) => (row < 2 ? 3 : 6),
    },
  };
}

/**
 * The door-to-door tally sheet: a row per household with ticks for the standard answers and
 * the topics raised, a few words of what was said, and totals at the foot. One landscape page,
 * copied as often as needed; no names are written on it.
 */
export function tallySheetDocument(input: TallySheetInput): TDocumentDefinitions {
  const words = tallySheetWords[input.language];
  const name = input.utility.name.trim();
  const topics = feedbackTopics.filter(
    (topic) => topic !== 'sewer' || input.utility.systemType !== 'water',
  );
  const groups = groupsOf(words, topics);
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
      askBox(words),
      tallyTable(words, groups),
      { text: words.footer, style: 'small', margin: [0, 5, 0, 0] },
      ...saidPage(words, households, numberWidth),
    ],
  };
}
