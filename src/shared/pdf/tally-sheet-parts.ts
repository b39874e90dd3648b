import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces';
import { noLines, writeLine } from './form-parts';
import { palette } from './pdf-styles';
import type { TallySheetWords } from './tally-sheet-words';

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

/** The back of the sheet: room to write what each household said, by its number. */
export function saidPage(
  words: TallySheetWords,
  households: number,
  numberWidth: number,
): Content[] {
  const rows: TableCell[][] = Array.from({ length: households }, (_, index) => [
    { text: String(index + 1), color: palette.muted, alignment: 'center' },
    { text: '' },
  ]);
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
    {
      table: { widths: [numberWidth, '*'], body: rows },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => palette.muted,
        vLineColor: () => palette.muted,
        paddingTop: () => 10,
        paddingBottom: () => 18,
      },
    },
  ];
}

export function askBox(words: TallySheetWords): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: words.askTitle, bold: true, margin: [0, 0, 0, 2] },
              { ol: words.ask.map((line) => ({ text: line })), margin: [4, 0, 0, 2] },
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
