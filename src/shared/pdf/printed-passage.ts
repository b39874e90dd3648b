import type { Content, ContentText } from 'pdfmake/interfaces';
import type { Language } from '../domain/printed-date';
import type { Passage } from '../domain/spanish/passage';
import { palette } from './pdf-styles';
import { breakLongWords, userText } from './user-text';

/** What marks the board's English on a Spanish paper: the passage in italics, then this. */
export const inEnglishMark = '(en inglés)';

/** A target or a baseline whose unit alone is the board's English is marked so. */
export const unitInEnglishMark = '(unidad en inglés)';

/**
 * A passage of the board's text as a paper prints it: as typed, or, on a Spanish paper that
 * prints the board's English for want of a Spanish wording, in italics with "(en inglés)"
 * after it, so a reader never takes it for a translation that was left out by mistake.
 */
export function printedPassage(
  passage: Passage,
  style?: string | string[],
  mark: string = inEnglishMark,
): ContentText {
  if (!passage.inEnglish) return userText(passage.text, style);
  const text: Content[] = [
    { text: breakLongWords(passage.text), italics: true },
    { text: ` ${mark}`, italics: true, color: palette.muted },
  ];
  return style === undefined ? { text } : { text, style };
}

/** The passage, or a muted dash when the board wrote nothing in either language. */
export function printedPassageOrDash(passage: Passage, style?: string | string[]): ContentText {
  if (passage.text.trim() === '') return { text: '—', style: 'muted' };
  return printedPassage(passage, style);
}

/** How many of the passages a paper prints are the board's English. */
export function englishCount(passages: readonly Passage[]): number {
  return passages.filter((passage) => passage.inEnglish).length;
}

const noteWords = (count: number) =>
  count === 1
    ? 'Un texto de la mesa directiva aparece en inglés, en cursiva y marcado «(en inglés)»: aún no se ha escrito en español.'
    : `${count} textos de la mesa directiva aparecen en inglés, en cursiva y marcados «(en inglés)»: aún no se han escrito en español.`;

/** The count in brief, for a column's heading: "3 en inglés: aún no se han escrito en español". */
export function englishCountWords(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? '1 en inglés: aún no se ha escrito en español'
    : `${count} en inglés: aún no se han escrito en español`;
}

/**
 * The one-line note near the top of a Spanish paper that prints some of the board's English:
 * how many passages, and how they are marked. Nothing on an English paper, or when none are.
 */
export function englishNote(language: Language, count: number): Content[] {
  if (language === 'en' || count === 0) return [];
  return [{ text: noteWords(count), style: 'small', italics: true, margin: [0, 6, 0, 4] }];
}

/** How many times a text carries either mark. */
function marksIn(text: string): number {
  return [inEnglishMark, unitInEnglishMark].reduce(
    (sum, mark) => sum + text.split(mark).length - 1,
    0,
  );
}

/**
 * How many passages a built document marks as the board's English: the figure its note gives.
 * Read from the document itself, so the note counts exactly what is printed.
 */
export function countMarked(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countMarked(item), 0);
  if (typeof node !== 'object' || node === null) return 0;
  const record = node as Record<string, unknown>;
  const own = typeof record.text === 'string' ? marksIn(record.text) : 0;
  return Object.values(record).reduce((sum: number, value) => sum + countMarked(value), own);
}
