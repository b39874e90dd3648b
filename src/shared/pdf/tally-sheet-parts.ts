import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces';
import { centredBox, noLines, writeLine } from './form-parts';
import { palette } from './pdf-styles';
import type { TallySheetWords } from './tally-sheet-words';

/** A group of tick columns under one heading: "Satisfied (1–5)" over 1 2 3 4 5. */
export interface TickGroup {
  title: string;
  labels: string[];
  widths: number[];
}

export function tickGroup(title: string, labels: string[], width: number): TickGroup {
  return { title, labels, widths: labels.map(() => width) };
}

// Room for the longest field label on one line ("Street or area:", "Calle o zona:").
const labelWidth = 68;

/** The width the sheet's fields take at the top right: labels, lines and padding. */
export const sheetFieldsWidth = labelWidth + 150 + 34 + 80 + 36;

function fieldLine(width: number): ContentCanvas {
  return writeLine(width, 12);
}

/** Who knocked, when, where, and which sheet of the round: filled in once per sheet. */
export function sheetFields(words: TallySheetWords): Content {
  const sheetOf: Content = {
    columns: [
      { ...fieldLine(26), width: 26 },
      { text: words.of, width: 'auto', margin: [4, 1, 4, 0] },
      { ...fieldLine(26), width: 26 },
    ],
    columnGap: 0,
  };
  return {
    table: {
      widths: [labelWidth, 150, 34, 80],
      body: [
        [
          { text: `${words.volunteer}:` },
          fieldLine(150),
          { text: `${words.date}:` },
          fieldLine(80),
        ],
        [{ text: `${words.street}:` }, fieldLine(150), { text: `${words.sheet}:` }, sheetOf],
      ],
    },
    layout: {
      ...noLines,
      paddingRight: (index: number) => (index % 2 === 0 ? 4 : 14),
      paddingTop: () => 3,
      paddingBottom: () => 4,
    },
  };
}

/** The back's table: a row per household, its topic ticks (when they are here) and room to write. */
function saidTable(
  words: TallySheetWords,
  layout: { households: number; numberWidth: number; topics: TickGroup | null },
): Content {
  const { households, numberWidth, topics } = layout;
  const labels = topics?.labels ?? [];
  const header: TableCell[][] =
    topics === null
      ? []
      : [
          [
            { text: words.number, rowSpan: 2, style: 'tallyHeader' },
            {
              text: topics.title,
              colSpan: labels.length,
              style: 'tallyHeader',
              alignment: 'center',
            },
            ...labels.slice(1).map(() => ({ text: '' })),
            { text: words.said, rowSpan: 2, style: 'tallyHeader' },
          ],
          [
            { text: '' },
            ...labels.map((label) => ({ text: label, style: 'tallyLabel', alignment: 'center' })),
            { text: '' },
          ],
        ];
  const rows: TableCell[][] = Array.from({ length: households }, (_, index) => [
    { text: String(index + 1), color: palette.muted, alignment: 'center' },
    ...(topics?.widths ?? []).map((width) => centredBox(width)),
    { text: '' },
  ]);
  return {
    table: {
      headerRows: header.length,
      widths: [numberWidth, ...(topics?.widths ?? []), '*'],
      body: [...header, ...rows],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => palette.muted,
      vLineColor: () => palette.muted,
      fillColor: (row: number) => (row < header.length ? palette.band : null),
      paddingLeft: (index: number) => (index === 0 || index > labels.length ? 3 : 0),
      paddingRight: (index: number) => (index === 0 || index > labels.length ? 3 : 0),
      paddingTop: (row: number) => (row < header.length ? 3 : 10),
      paddingBottom: (row: number) => (row < header.length ? 3 : 18),
    },
  };
}

/**
 * The back of the sheet: room to write what each household said, by its number, and the topic
 * ticks when they did not fit on the front.
 */
export function saidPage(
  words: TallySheetWords,
  layout: { households: number; numberWidth: number; topics: TickGroup | null },
): Content[] {
  return [
    {
      text: [
        { text: `${words.saidTitle}  ` },
        { text: words.saidNote, style: 'small', bold: false },
      ],
      style: 'subheading',
      pageBreak: 'before',
      margin: [0, 0, 0, 6],
    },
    saidTable(words, layout),
  ];
}

/** The box of what to say at each door: who you are, the `questions`, and the privacy rule. */
export function askBox(words: TallySheetWords, questions: string[]): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: words.askTitle, bold: true, margin: [0, 0, 0, 2] },
              { ol: questions.map((line) => ({ text: line })), margin: [4, 0, 0, 2] },
              { text: words.privacy, bold: true, color: palette.accent },
            ],
            fontSize: 8.5,
            lineHeight: 1.1,
          },
        ],
      ],
    },
    layout: {
      ...noLines,
      fillColor: () => palette.band,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [0, 6, 0, 6],
  };
}
