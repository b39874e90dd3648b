import type { Language } from '@shared/domain/printed-date';
import { dayInWords } from '@shared/domain/typed-date';

/**
 * The day a date field understood, with its day of the week, in the screen's language:
 * "Thursday, January 14, 2027" or "jueves, 14 de enero de 2027". `isoDate` is a real day
 * (typed-date read it); the field reads either back.
 */
export function dayInWordsIn(language: Language, isoDate: string): string {
  return dayInWords(isoDate, language);
}
