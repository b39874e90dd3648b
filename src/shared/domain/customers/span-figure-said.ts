import type { Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { countOf } from '../numbers/plural';
import { formatHours } from './format-hours';
import { formatSpanFigure } from './format-span';

/** The Spanish of formatSpanFigure: "45 min", "4 h", "3 días", "mismo día", "1 día". */
function spanishFigure(hours: number, unit?: 'days'): string {
  if (unit === 'days') {
    const days = Math.round(hours / 24);
    return days === 0 ? 'mismo día' : countOf(days, { one: 'día', other: 'días' }, 'es');
  }
  return formatHours(hours).replace(/ days$/, ' días');
}

/**
 * A figure of the complaint summary (a median, a "90% within") in the reader's language, at the
 * precision the log has: hours to the minute, or whole days.
 */
export function spanFigureSaid(hours: number, unit?: 'days'): Said {
  return saidEach({ en: formatSpanFigure(hours, unit), es: spanishFigure(hours, unit) });
}
