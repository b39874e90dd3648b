import type { Content } from 'pdfmake/interfaces';
import type { UtilityProfile } from '../domain/utility';
import { shortFingerprint } from '../domain/approval-rules/short-fingerprint';
import { fingerprintLines } from './fingerprint-text';
import { palette } from './pdf-styles';
import { band, fact } from './title-block';
import { userText } from './user-text';

export interface AdoptionFacts {
  meetingDate: string;
  resolutionNumber: string;
  outcomeSummary: string;
  /** "3 aye, 1 nay, 1 absent". */
  tally: string;
  fingerprint: string;
  /** The QR code's plain text (fingerprintQrText). */
  qrText: string;
}

const lineWidth = 290;
const dateWidth = 130;

function rule(width: number): Content {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.8, lineColor: palette.ink },
    ],
  };
}

/** One signer: room to sign, a line, the printed name and role, and a dated line beside it. */
function signatureBlock(role: string, name: string): Content {
  const printed =
    name === '' ? { text: 'Name: ____________________________', style: 'muted' } : userText(name);
  return {
    columns: [
      {
        width: lineWidth,
        stack: [
          rule(lineWidth),
          { text: [printed], bold: true, margin: [0, 4, 0, 0] },
          { text: role, style: 'small' },
        ],
      },
      { width: 40, text: '' },
      {
        width: dateWidth,
        stack: [rule(dateWidth), { text: 'Date', style: 'small', margin: [0, 4, 0, 0] }],
      },
    ],
    margin: [0, 54, 0, 0],
  };
}

function adoptionStatement(
  utilityName: string,
  revision: number,
  facts: AdoptionFacts | null,
): Content {
  const board: Content[] = [
    { text: 'The Board of Directors of ' },
    utilityName === '' ? { text: 'the utility' } : userText(utilityName),
  ];
  if (facts === null) {
    return {
      text: [
        ...board,
        {
          text: ` will consider Revision ${revision} of this Level of Service Agreement at a noticed, open meeting. It takes effect when the board adopts it.`,
        },
      ],
      style: 'body',
    };
  }
  const resolution: Content[] =
    facts.resolutionNumber === ''
      ? []
      : [{ text: ' by Resolution No. ' }, userText(facts.resolutionNumber)];
  return {
    text: [
      ...board,
      {
        text: ` adopted Revision ${revision} of this Level of Service Agreement at its meeting of ${facts.meetingDate}`,
      },
      ...resolution,
      { text: `. ${facts.outcomeSummary}` },
    ],
    style: 'body',
  };
}

function fingerprintBox(facts: AdoptionFacts | null): Content {
  const layout = {
    hLineWidth: () => 0.8,
    vLineWidth: () => 0.8,
    hLineColor: () => palette.rule,
    vLineColor: () => palette.rule,
    paddingLeft: () => 12,
    paddingRight: () => 12,
    paddingTop: () => 10,
    paddingBottom: () => 10,
  };
  if (facts === null) {
    return {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: 'FINGERPRINT', style: 'factLabel' },
                {
                  text: 'Not yet assigned. When the board approves this revision, LOS Builder computes its fingerprint; it then appears here, with a QR code, and at the foot of every page.',
                  style: 'body',
                  margin: [0, 4, 0, 0],
                },
              ],
            },
          ],
        ],
      },
      layout,
    };
  }
  const [first, second] = fingerprintLines(facts.fingerprint);
  return {
    table: {
      dontBreakRows: true,
      widths: [96, '*'],
      body: [
        [
          { qr: facts.qrText, fit: 96, eccLevel: 'M', foreground: palette.ink },
          {
            stack: [
              { text: 'FINGERPRINT OF THIS APPROVED VERSION (SHA-256)', style: 'factLabel' },
              { text: first, style: 'fingerprint', margin: [0, 5, 0, 0] },
              { text: second, style: 'fingerprint' },
              {
                text: [
                  { text: 'Short form, printed at the foot of every page: ' },
                  { text: shortFingerprint(facts.fingerprint), bold: true, color: palette.ink },
                ],
                style: 'small',
                margin: [0, 6, 0, 0],
              },
              {
                text: 'The fingerprint is computed from the agreement and the record of the vote; any change to either gives a different one. To check a printed copy, choose “Check a printed copy” in LOS Builder and type the short form.',
                style: 'small',
                margin: [0, 4, 0, 0],
              },
            ],
          },
        ],
      ],
    },
    layout,
  };
}

function adoptionBand(facts: AdoptionFacts | null): Content[] {
  if (facts === null) return [];
  const resolution: Content =
    facts.resolutionNumber === ''
      ? { text: 'not numbered', style: ['factValue', 'muted'] }
      : userText(facts.resolutionNumber, 'factValue');
  return [
    { text: '', margin: [0, 4, 0, 0] },
    band([
      fact('Resolution No.', resolution),
      fact('Adopted', { text: facts.meetingDate, style: 'factValue' }),
      fact('Vote', { text: facts.tally, style: 'factValue' }),
    ]),
  ];
}

/** The page the officers sign: president, secretary attesting, operator who prepared it. */
export function signaturePage(
  utility: UtilityProfile,
  revision: number,
  facts: AdoptionFacts | null,
): Content {
  const president = utility.board.find((member) => member.office === 'president');
  const secretary = utility.board.find((member) => member.office === 'secretary');
  const operator = utility.operators[0];
  return {
    stack: [
      { text: 'ADOPTION', style: 'kicker', margin: [0, 0, 0, 6] },
      { text: 'Signatures', style: 'title', fontSize: 20, margin: [0, 0, 0, 12] },
      adoptionStatement(utility.name, revision, facts),
      ...adoptionBand(facts),
      signatureBlock('President of the Board', president?.name ?? ''),
      signatureBlock('Attest: Secretary of the Board', secretary?.name ?? ''),
      signatureBlock('Prepared by: Operator', operator?.name ?? ''),
      { text: '', margin: [0, 40, 0, 0] },
      fingerprintBox(facts),
    ],
    // Not unbreakable: pdfmake drops whatever of an unbreakable block does not fit on its page.
    pageBreak: 'before',
  };
}
