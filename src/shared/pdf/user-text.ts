import type { ContentText } from 'pdfmake/interfaces';

// pdfmake splits a word wider than its column one character at a time, which is quadratic
// (RELIABILITY.md: 8k characters took 2.7 s, 32k took 50 s). A zero-width space is a line-break
// opportunity that prints nothing, so long runs get one every few characters.
const longRun = /\S{31,}/gu;
const pieceLength = 16;
const zeroWidthSpace = '\u200B';

/** Text as typed, with invisible break opportunities inside any run of more than 30 characters. */
export function breakLongWords(value: string): string {
  return value.replace(longRun, (run) => {
    const characters = Array.from(run);
    const pieces: string[] = [];
    for (let start = 0; start < characters.length; start += pieceLength) {
      pieces.push(characters.slice(start, start + pieceLength).join(''));
    }
    return pieces.join(zeroWidthSpace);
  });
}

/**
 * The one way a user's value enters a document: as the `text` of a fresh node, never spread into
 * one (a spread could add `image`, `link` or `qr`, RELIABILITY.md).
 */
export function userText(value: unknown, style?: string | string[]): ContentText {
  const text = breakLongWords(String(value));
  return style === undefined ? { text } : { text, style };
}

/** A user's value, or a muted dash when the field was left empty. */
export function userTextOrDash(value: string, style?: string | string[]): ContentText {
  if (value.trim() === '') return { text: '—', style: 'muted' };
  return userText(value, style);
}
