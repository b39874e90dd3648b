import { printedDate, type Language } from '@shared/domain/printed-date';
import { dayInWords } from '@shared/domain/typed-date';

/** The days of the week in Spanish, Sunday first, as getUTCDay numbers them. */
const spanishWeekdays = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/**
 * The day a date field understood, with its day of the week, in the screen's language:
 * "Thursday, January 14, 2027" or "jueves, 14 de enero de 2027". `isoDate` is a real day
 * (typed-date read it); the English words are the ones the field reads back.
 */
export function dayInWordsIn(language: Language, isoDate: string): string {
  if (language === 'en') return dayInWords(isoDate);
  const [year, month, day] = isoDate.split('-').map(Number);
  // Date.UTC is exact from year 100 on, the range typed-date reads.
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return `${spanishWeekdays[weekday] ?? ''}, ${printedDate(isoDate, 'es')}`;
}
