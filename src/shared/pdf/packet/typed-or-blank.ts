import { printedDate, type Language } from '../../domain/printed-date';
import { breakLongWords } from '../user-text';
import { resolutionWords } from './resolution-words';

/**
 * What the board typed, or a blank line to write on by hand when step 7 does not hold it yet:
 * the meeting's papers never print an empty gap a reader could take for "none".
 */
export function typedOrBlank(value: string, language: Language): string {
  return value.trim() === '' ? resolutionWords[language].blank : breakLongWords(value.trim());
}

/** A date (YYYY-MM-DD) as the paper prints it, or a blank line when it is not set yet. */
export function dateOrBlank(date: string, language: Language): string {
  return date === '' ? resolutionWords[language].blank : printedDate(date, language);
}
