import { pickHeaders } from '../../csv/header-words';
import type { OutageColumn, OutageColumnChoices } from './outage-columns';

/** Header words that suggest each column, English and Spanish (accents dropped). */
const columnNames: Record<OutageColumn, string[]> = {
  startDate: ['start', 'started', 'began', 'begin', 'from', 'inicio', 'desde'],
  startTime: ['start', 'started', 'began', 'begin', 'from', 'inicio', 'desde'],
  endDate: ['end', 'ended', 'restored', 'back', 'until', 'fin', 'hasta', 'restablecido'],
  endTime: ['end', 'ended', 'restored', 'back', 'until', 'fin', 'hasta', 'restablecido'],
  planned: ['planned', 'unplanned', 'scheduled', 'type', 'kind', 'programado', 'tipo'],
  noticeHours: ['notice', 'warning', 'aviso'],
  customersAffected: ['customers', 'affected', 'accounts', 'connections', 'clientes', 'afectados'],
  note: ['note', 'notes', 'where', 'why', 'cause', 'reason', 'location', 'nota', 'notas', 'causa'],
};
const timeWords = ['time', 'hour', 'hora'];
const dateWords = ['date', 'day', 'fecha', 'dia'];
/** Notice and customers pick before the moments: "Notice (hours)" is no time of day. */
const matchOrder: OutageColumn[] = [
  'noticeHours',
  'customersAffected',
  'planned',
  'startTime',
  'endTime',
  'startDate',
  'endDate',
  'note',
];

function holds(words: string[], names: string[]): boolean {
  return words.some((word) => names.includes(word));
}

/**
 * How well a header fits a column, 0 when not at all. A time column takes only a header that
 * says time and no date ("Start time", or "Time" alone for the start); a date column never
 * takes such a header, and a header saying only "Date" is the day it began.
 */
function scoreOf(words: string[], column: OutageColumn): number {
  const named = holds(words, columnNames[column]);
  const timeOnly = holds(words, timeWords) && !holds(words, dateWords);
  switch (column) {
    case 'startTime':
      if (!timeOnly) return 0;
      return named ? 3 : holds(words, columnNames.endTime) ? 0 : 1;
    case 'endTime':
      return timeOnly && named ? 3 : 0;
    case 'startDate':
      if (timeOnly) return 0;
      if (named) return 2;
      return holds(words, dateWords) && !holds(words, columnNames.endDate) ? 1 : 0;
    case 'endDate':
      return !timeOnly && named ? 2 : 0;
    default:
      if (!named) return 0;
      return words.length === 1 ? 2 : 1;
  }
}

/** The file's headers most likely to hold each column; null where none looks right. */
export function suggestOutageColumns(headers: string[]): OutageColumnChoices {
  const picked = pickHeaders(headers, matchOrder, scoreOf);
  return {
    startDate: picked.startDate ?? null,
    startTime: picked.startTime ?? null,
    endDate: picked.endDate ?? null,
    endTime: picked.endTime ?? null,
    planned: picked.planned ?? null,
    noticeHours: picked.noticeHours ?? null,
    customersAffected: picked.customersAffected ?? null,
    note: picked.note ?? null,
  };
}
