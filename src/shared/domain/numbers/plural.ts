import type { Language } from '../printed-date';
import { formatNumber, takesSingular } from './number-text';

/** A word's singular and plural, such as { one: 'día hábil', other: 'días hábiles' }. */
export interface WordForms {
  one: string;
  other: string;
}

/** The form of a word that agrees with a count: "day" for 1, "days" for 0, 2 or 1.5. */
export function wordFor(count: number, forms: WordForms, language: Language = 'en'): string {
  return takesSingular(count, language) ? forms.one : forms.other;
}

/** A count in figures with the word that agrees with it, in either language: "1 día hábil". */
export function countOf(count: number, forms: WordForms, language: Language = 'en'): string {
  return `${formatNumber(count, language)} ${wordFor(count, forms, language)}`;
}

/**
 * An English count with its noun: "1 comment", "0 comments", "1,000 complaints". The plural is
 * the noun with an s unless given ("outreach", "outreaches").
 */
export function plural(count: number, one: string, other = `${one}s`): string {
  return countOf(count, { one, other });
}
