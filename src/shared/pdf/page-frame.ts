import type { Content, DynamicContent, Watermark } from 'pdfmake/interfaces';
import { shortFingerprint } from '../domain/approval-rules/short-fingerprint';
import type { Language } from '../domain/printed-date';
import { frameWords } from './frame-words';
import { palette, pageMargins } from './pdf-styles';
import { estimatedLines, estimatedWidth } from './text-lines';
import { breakLongWords } from './user-text';

export interface FrameInput {
  utilityName: string;
  documentTitle: string;
  revision: number;
  /** The full fingerprint of an approved version, or null for a draft. */
  fingerprint: string | null;
  /** The paper's language; English when not given. */
  language?: Language;
}

const [side, bodyTop, , bodyBottom] = pageMargins;
// The narrowest text width the frame is laid out in: a portrait page's.
const portraitWidth = 612 - 2 * side;
const frameSize = 8;
// pdfmake's line for Roboto: (ascender + descender) / em = 1.172, times the line height.
const frameLine = frameSize * 1.172 * 1.15;
const columnGap = 16;
const headerTop = 28;
const footerTop = 14;
const footerRulePadding = 5;
// Room kept between the frame and the body, and below the footer (most printers leave about
// a quarter inch unprinted at the edge).
const headerGap = 16;
const edgeGap = 22;

/** The utility's name, in full: a header or footer wraps it rather than cut it. */
function runningName(name: string, language: Language = 'en'): string {
  return breakLongWords(name.trim() === '' ? frameWords[language].nameNotEntered : name.trim());
}

/** The mark that ties every page to its version: the short fingerprint, or "not approved". */
export function versionMark(fingerprint: string | null, language: Language = 'en'): string {
  const words = frameWords[language];
  return fingerprint === null
    ? words.draftMark
    : words.fingerprintMark(shortFingerprint(fingerprint));
}

function headerTitle(input: FrameInput): string {
  return `${input.documentTitle} · ${frameWords[input.language ?? 'en'].revisionNumber(input.revision)}`;
}

// The right-hand columns get the width their words need, never less, so they never wrap; the
// name has the rest.
function headerTitleWidth(input: FrameInput): number {
  return Math.ceil(estimatedWidth(headerTitle(input), frameSize));
}

function footerMarkWidth(input: FrameInput): number {
  return Math.ceil(
    Math.max(
      estimatedWidth(versionMark(input.fingerprint, input.language), frameSize),
      estimatedWidth(frameWords[input.language ?? 'en'].widestPage, frameSize),
    ),
  );
}

function headerLines(input: FrameInput): number {
  const nameWidth = portraitWidth - headerTitleWidth(input) - columnGap;
  return estimatedLines(runningName(input.utilityName, input.language), frameSize, nameWidth);
}

/** The footer is at least two lines: the version mark above the page number. */
function footerLines(input: FrameInput): number {
  const nameWidth = portraitWidth - footerMarkWidth(input) - columnGap;
  return Math.max(
    2,
    estimatedLines(runningName(input.utilityName, input.language), frameSize, nameWidth),
  );
}

/**
 * The page margins, grown so a long name that wraps in the running head or the footer never
 * runs into the body (pdfmake gives the header and footer exactly the margins' height).
 */
export function frameMargins(input: FrameInput): [number, number, number, number] {
  const top = Math.max(bodyTop, Math.ceil(headerTop + headerLines(input) * frameLine + headerGap));
  const bottom = Math.max(
    bodyBottom,
    Math.ceil(footerTop + footerRulePadding + footerLines(input) * frameLine + edgeGap),
  );
  return [side, top, side, bottom];
}

/**
 * The bottom margin for a footer that starts `top` points below the body and wraps `text` at
 * 8 pt (line height 1.15) in a column `width` points wide: at least `minimum`, and room for
 * every line above the edge most printers leave unprinted.
 */
export function wrappedFooterMargin(
  text: string,
  width: number,
  top: number,
  minimum: number,
): number {
  const lines = estimatedLines(breakLongWords(text), frameSize, width);
  return Math.max(minimum, Math.ceil(top + lines * frameLine + edgeGap));
}

/** A quiet running head from page 2 on: whose agreement and which revision. */
export function runningHeader(input: FrameInput): DynamicContent {
  return (currentPage: number): Content => {
    if (currentPage === 1) return { text: '' };
    return {
      margin: [side, headerTop, side, 0],
      columnGap,
      lineHeight: 1.15,
      columns: [
        {
          width: '*',
          text: runningName(input.utilityName, input.language),
          style: 'footer',
          bold: true,
        },
        {
          width: headerTitleWidth(input),
          text: headerTitle(input),
          style: 'footer',
          alignment: 'right',
          noWrap: true,
        },
      ],
    };
  };
}

/**
 * Every page: whose agreement, the version mark (so a loose page can be traced) and
 * "Page x of y". The name has the width the mark and the page number leave, and wraps.
 */
export function pageFooter(input: FrameInput): DynamicContent {
  const mark = versionMark(input.fingerprint, input.language);
  const words = frameWords[input.language ?? 'en'];
  return (currentPage: number, pageCount: number): Content => ({
    margin: [side, footerTop, side, 0],
    table: {
      // The gap is the second column's left padding.
      widths: ['*', footerMarkWidth(input)],
      body: [
        [
          {
            text: runningName(input.utilityName, input.language),
            style: 'footer',
            lineHeight: 1.15,
          },
          {
            stack: [
              {
                text: mark,
                bold: true,
                color: input.fingerprint === null ? palette.draft : palette.ink,
              },
              { text: words.page(currentPage, pageCount) },
            ],
            style: 'footer',
            lineHeight: 1.15,
            alignment: 'right',
            noWrap: true,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: (index: number) => (index === 0 ? 0.5 : 0),
      vLineWidth: () => 0,
      hLineColor: () => palette.rule,
      paddingLeft: (index: number) => (index === 0 ? 0 : columnGap),
      paddingRight: () => 0,
      paddingTop: () => footerRulePadding,
      paddingBottom: () => 0,
    },
  });
}

/** A clear diagonal DRAFT across every page of a version the board has not approved. */
export function draftWatermark(
  fingerprint: string | null,
  language: Language = 'en',
): Watermark | undefined {
  if (fingerprint !== null) return undefined;
  // BORRADOR is longer than DRAFT: a smaller size keeps it inside the page.
  return {
    text: frameWords[language].watermark,
    fontSize: language === 'en' ? 130 : 96,
    color: palette.draft,
    opacity: 0.13,
    bold: true,
  };
}
