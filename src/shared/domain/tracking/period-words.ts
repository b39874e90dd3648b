import { saidEach } from '../../i18n/said-each';
import type { Said } from '../../i18n/said';
import { monthNames, printedDate, type Language } from '../printed-date';
import { periodName, type PeriodKind } from './periods';

const spanishQuarters = ['enero–marzo', 'abril–junio', 'julio–septiembre', 'octubre–diciembre'];

/**
 * A period in plain words in a language: periods.ts's "January–March 2027" in English,
 * "enero–marzo de 2027", "la semana del 7 de marzo de 2027" in Spanish. The key is one
 * periods.ts made, so its parts are read from its digits.
 */
export function periodNameIn(kind: PeriodKind, key: string, language: Language): string {
  // periods.ts checks the key, and refuses one it did not make.
  const english = periodName(kind, key);
  if (language === 'en') return english;
  const [year = '', part = '1'] = key.split(/-Q|-/);
  switch (kind) {
    case 'day':
      return printedDate(key, 'es');
    case 'week':
      return `la semana del ${printedDate(key, 'es')}`;
    case 'month':
      return `${monthNames.es[Number(part) - 1] ?? ''} de ${year}`;
    case 'quarter':
      return `${spanishQuarters[Number(part) - 1] ?? ''} de ${year}`;
    case 'year':
      return key;
  }
}

/** A period inside a shared sentence: both wordings travel, the reader's language shows its own. */
export function periodSaid(kind: PeriodKind, key: string): Said {
  return saidEach({ en: periodNameIn(kind, key, 'en'), es: periodNameIn(kind, key, 'es') });
}

/** A day (YYYY-MM-DD) inside a shared sentence: "March 3, 2027", "3 de marzo de 2027". */
export function daySaid(isoDay: string): Said {
  return saidEach({ en: printedDate(isoDay, 'en'), es: printedDate(isoDay, 'es') });
}
