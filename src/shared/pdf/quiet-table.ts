import type { Content, TableCell } from 'pdfmake/interfaces';
import { palette } from './pdf-styles';

const quietLayout = {
  hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
    index === 0 || index === node.table.body.length ? 0 : index === 1 ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (index: number) => (index === 1 ? palette.accent : palette.rule),
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * A quiet table whose first `textColumns` columns are words and the rest right-aligned figures:
 * a rule under the heading, hairlines between rows, no boxes.
 */
export function quietTable(
  titles: string[],
  widths: (number | string)[],
  rows: TableCell[][],
  textColumns = 1,
): Content {
  const right = (index: number) => (index < textColumns ? 'left' : 'right');
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        titles.map((title, index) => ({
          text: title,
          style: 'tableHeader',
          alignment: right(index),
        })),
        ...rows,
      ],
    },
    layout: quietLayout,
    style: 'tableCell',
    margin: [0, 2, 0, 8],
  };
}
