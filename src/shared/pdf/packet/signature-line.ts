import type { Content } from 'pdfmake/interfaces';
import { palette } from '../pdf-styles';

function rule(width: number): Content {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.8, lineColor: palette.ink },
    ],
  };
}

/** Room to sign, a line, the signer's printed name and role, and a line for the date beside it. */
export function signatureLine(role: string, name: string, dateWord: string): Content {
  return {
    columns: [
      {
        width: 280,
        stack: [
          rule(280),
          { text: name, bold: true, margin: [0, 4, 0, 0] },
          { text: role, style: 'small' },
        ],
      },
      { width: 30, text: '' },
      {
        width: 130,
        stack: [rule(130), { text: dateWord, style: 'small', margin: [0, 4, 0, 0] }],
      },
    ],
    margin: [0, 34, 0, 0],
    unbreakable: true,
  };
}
