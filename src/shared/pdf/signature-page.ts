import type { Content } from 'pdfmake/interfaces';
import type { Language } from '../domain/printed-date';
import type { UtilityProfile } from '../domain/utility';
import { approvalWords, type ApprovalWords } from './approval-words';
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
function signatureBlock(role: string, name: string, words: ApprovalWords): Content {
  const printed = name === '' ? { text: words.name, style: 'muted' } : userText(name);
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
        stack: [rule(dateWidth), { text: words.date, style: 'small', margin: [0, 4, 0, 0] }],
      },
    ],
    margin: [0, 54, 0, 0],
  };
}

function adoptionStatement(
  utilityName: string,
  revision: number,
  facts: AdoptionFacts | null,
  words: ApprovalWords,
): Content {
  const board: Content[] = [
    { text: words.boardOf },
    utilityName === '' ? { text: words.theUtility } : userText(utilityName),
  ];
  if (facts === null) {
    return { text: [...board, { text: words.willConsider(revision) }], style: 'body' };
  }
  const resolution: Content[] =
    facts.resolutionNumber === ''
      ? []
      : [{ text: words.byResolution }, userText(facts.resolutionNumber)];
  return {
    text: [
      ...board,
      { text: words.adopted(revision, facts.meetingDate) },
      ...resolution,
      { text: `. ${facts.outcomeSummary}` },
    ],
    style: 'body',
  };
}

function fingerprintBox(facts: AdoptionFacts | null, words: ApprovalWords): Content {
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
                { text: words.fingerprint, style: 'factLabel' },
                {
                  text: words.notAssigned,
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
              { text: words.fingerprintOf, style: 'factLabel' },
              { text: first, style: 'fingerprint', margin: [0, 5, 0, 0] },
              { text: second, style: 'fingerprint' },
              {
                text: [
                  { text: words.shortForm },
                  { text: shortFingerprint(facts.fingerprint), bold: true, color: palette.ink },
                ],
                style: 'small',
                margin: [0, 6, 0, 0],
              },
              {
                text: words.howToCheck,
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

function adoptionBand(facts: AdoptionFacts | null, words: ApprovalWords): Content[] {
  if (facts === null) return [];
  const resolution: Content =
    facts.resolutionNumber === ''
      ? { text: words.notNumbered, style: ['factValue', 'muted'] }
      : userText(facts.resolutionNumber, 'factValue');
  return [
    { text: '', margin: [0, 4, 0, 0] },
    band([
      fact(words.resolutionNo, resolution),
      fact(words.adoptedOn, { text: facts.meetingDate, style: 'factValue' }),
      fact(words.vote, { text: facts.tally, style: 'factValue' }),
    ]),
  ];
}

/** The page the officers sign: president, secretary attesting, operator who prepared it. */
export function signaturePage(
  utility: UtilityProfile,
  revision: number,
  facts: AdoptionFacts | null,
  language: Language = 'en',
): Content {
  const words = approvalWords[language];
  const president = utility.board.find((member) => member.office === 'president');
  const secretary = utility.board.find((member) => member.office === 'secretary');
  const operator = utility.operators[0];
  return {
    stack: [
      { text: words.kicker, style: 'kicker', margin: [0, 0, 0, 6] },
      { text: words.signatures, style: 'title', fontSize: 20, margin: [0, 0, 0, 12] },
      adoptionStatement(utility.name, revision, facts, words),
      ...adoptionBand(facts, words),
      signatureBlock(words.president, president?.name ?? '', words),
      signatureBlock(words.secretary, secretary?.name ?? '', words),
      signatureBlock(words.operator, operator?.name ?? '', words),
      { text: '', margin: [0, 40, 0, 0] },
      fingerprintBox(facts, words),
    ],
    // Not unbreakable: pdfmake drops whatever of an unbreakable block does not fit on its page.
    pageBreak: 'before',
  };
}
