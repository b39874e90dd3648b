import type { Content, DynamicContent, Watermark } from 'pdfmake/interfaces';
import { shortFingerprint } from '../domain/approval-rules/short-fingerprint';
import { palette } from './pdf-styles';
import { breakLongWords } from './user-text';

// A running header or footer is one line; a name longer than this is cut there only (the
// title page prints it in full).
const runningNameLength = 52;

function runningName(name: string): string {
  const shown = name.trim() === '' ? 'Utility name not entered' : name.trim();
  return breakLongWords(
    shown.length > runningNameLength
      ? `${shown.slice(0, runningNameLength - 1).trimEnd()}…`
      : shown,
  );
}

export interface FrameInput {
  utilityName: string;
  documentTitle: string;
  revision: number;
  /** The full fingerprint of an approved version, or null for a draft. */
  fingerprint: string | null;
}

/** The mark that ties every page to its version: the short fingerprint, or "not approved". */
export function versionMark(fingerprint: string | null): string {
  return fingerprint === null
    ? 'DRAFT — not approved'
    : `Fingerprint ${shortFingerprint(fingerprint)}`;
}

/** A quiet running head from page 2 on: whose agreement and which revision. */
export function runningHeader(input: FrameInput): DynamicContent {
  return (currentPage: number): Content => {
    if (currentPage === 1) return { text: '' };
    return {
      margin: [pageSideMargin, 28, pageSideMargin, 0],
      columns: [
        { width: '*', text: runningName(input.utilityName), style: 'footer', bold: true },
        {
          width: 'auto',
          text: `${input.documentTitle} · Revision ${input.revision}`,
          style: 'footer',
          alignment: 'right',
        },
      ],
    };
  };
}

const pageSideMargin = 64;

/** Every page: what it is, "Page x of y", and the version mark (so a loose page can be traced). */
export function pageFooter(input: FrameInput): DynamicContent {
  const mark = versionMark(input.fingerprint);
  return (currentPage: number, pageCount: number): Content => ({
    margin: [pageSideMargin, 22, pageSideMargin, 0],
    table: {
      widths: ['*', 'auto', 70],
      body: [
        [
          {
            text: runningName(input.utilityName),
            style: 'footer',
          },
          {
            text: mark,
            style: 'footer',
            noWrap: true,
            bold: true,
            color: input.fingerprint === null ? palette.draft : palette.ink,
            alignment: 'center',
          },
          { text: `Page ${currentPage} of ${pageCount}`, style: 'footer', alignment: 'right' },
        ],
      ],
    },
    layout: {
      hLineWidth: (index: number) => (index === 0 ? 0.5 : 0),
      vLineWidth: () => 0,
      hLineColor: () => palette.rule,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 5,
    },
  });
}

/** A clear diagonal DRAFT across every page of a version the board has not approved. */
export function draftWatermark(fingerprint: string | null): Watermark | undefined {
  if (fingerprint !== null) return undefined;
  return { text: 'DRAFT', color: palette.draft, opacity: 0.13, bold: true, fontSize: 130 };
}
