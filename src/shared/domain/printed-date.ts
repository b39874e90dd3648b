export type Language = 'en' | 'es';

/** The months' names, as dates are printed and read back (typed-date.ts). */
export const monthNames: Record<Language, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** The days of the week in English, Sunday first, as getUTCDay numbers them. */
export const weekdayNames: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/**
 * A stored date ("2026-03-12" or an ISO timestamp) as a person writes it: "March 12, 2026" or
 * "12 de marzo de 2026". Read from the digits, not through Date, so a time zone cannot shift
 * the day printed on a legal record.
 */
export function printedDate(value: string, language: Language = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  const name = monthNames[language][month - 1];
  if (name === undefined) return value;
  return language === 'es' ? `${day} de ${name} de ${year}` : `${name} ${day}, ${year}`;
}

/** A date for a narrow table cell: "Dec. 31, 2025" (English documents only). */
export function shortDate(value: string): string {
  const long = printedDate(value, 'en');
  const month = /^[A-Z][a-z]+/.exec(long)?.[0] ?? '';
  if (month.length <= 5) return long;
  return `${month.slice(0, month === 'September' ? 4 : 3)}.${long.slice(month.length)}`;
}
