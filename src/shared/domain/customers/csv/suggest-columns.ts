import {
  logTimeColumns,
  timeColumnOf,
  type ColumnChoices,
  type ComplaintColumn,
  type LogTimeColumn,
} from '../complaint-log';
import { headerWords, pickHeaders } from '../../csv/header-words';
import { parseTimeOfDay } from './parse-time-of-day';

/** The columns suggested by their header's words; a time column is found beside its date. */
type NamedColumn = Exclude<ComplaintColumn, (typeof timeColumnOf)[LogTimeColumn]>;

/**
 * Header names that suggest each column, English and Spanish, as sets of words that must all
 * appear. The order of `matchOrder` matters: "Response date" and "Fecha de cierre" hold a
 * date word too, so the responded and resolved columns pick before the date received does.
 */
const columnNames: Record<NamedColumn, string[][]> = {
  resolved: [
    ['resolved'],
    ['closed'],
    ['completed'],
    ['fixed'],
    ['resolution'],
    ['resuelto'],
    ['resuelta'],
    ['cerrado'],
    ['cerrada'],
    ['cierre'],
    ['resolucion'],
    ['completado'],
  ],
  responded: [
    ['responded'],
    ['response', 'date'],
    ['response', 'time'],
    ['first', 'response'],
    ['dispatched'],
    ['arrived'],
    ['respondido'],
    ['respondida'],
    ['fecha', 'respuesta'],
    ['hora', 'respuesta'],
    ['atendido'],
    ['atendida'],
  ],
  received: [
    ['received'],
    ['opened'],
    ['reported'],
    ['logged'],
    ['created'],
    ['date'],
    ['datetime'],
    ['timestamp'],
    ['recibido'],
    ['recibida'],
    ['recepcion'],
    ['reportado'],
    ['reportada'],
    ['registrado'],
    ['fecha'],
  ],
  category: [['category'], ['type'], ['kind'], ['issue'], ['categoria'], ['tipo'], ['motivo']],
  description: [
    ['description'],
    ['comments'],
    ['comment'],
    ['notes'],
    ['note'],
    ['details'],
    ['complaint'],
    ['problem'],
    ['remarks'],
    ['summary'],
    ['descripcion'],
    ['comentarios'],
    ['comentario'],
    ['notas'],
    ['detalles'],
    ['queja'],
    ['problema'],
    ['observaciones'],
  ],
  location: [
    ['address'],
    ['location'],
    ['street'],
    ['site'],
    ['direccion'],
    ['ubicacion'],
    ['lugar'],
    ['calle'],
    ['domicilio'],
  ],
};

const matchOrder: NamedColumn[] = [
  'resolved',
  'responded',
  'received',
  'category',
  'description',
  'location',
];

const dateColumns = new Set<NamedColumn>(logTimeColumns);
const dateWords = ['date', 'time', 'datetime', 'timestamp', 'fecha', 'hora'];

/**
 * 3 when the header is exactly one of the column's names, 1 when it contains one, else 0; a
 * date column's header that also says "date" gets 2, so "Date Received" beats "Received by".
 */
function scoreOf(words: string[], column: NamedColumn): number {
  let best = 0;
  for (const name of columnNames[column]) {
    if (!name.every((word) => words.includes(word))) continue;
    const dated = dateColumns.has(column) && words.some((word) => dateWords.includes(word));
    best = Math.max(best, name.length === words.length ? 3 : dated ? 2 : 1);
  }
  return best;
}

/** Enough rows to tell a column of times of day from anything else, without reading them all. */
const sampledRecords = 200;

/** The columns whose every filled cell in the first rows is a time of day ("2:05 PM", "14:05"). */
function timeOfDayColumns(width: number, records: string[][]): Set<number> {
  const times = new Set<number>();
  for (let index = 0; index < width; index++) {
    let filled = 0;
    let allTimes = true;
    for (const record of records.slice(0, sampledRecords)) {
      const cell = (record[index] ?? '').trim();
      if (cell === '') continue;
      filled++;
      if (parseTimeOfDay(cell) === null) {
        allTimes = false;
        break;
      }
    }
    if (allTimes && filled > 0) times.add(index);
  }
  return times;
}

/**
 * A time column for each chosen date column: a column of times named like it ("Time received",
 * "Hora de respuesta"), or else a column of times right after it whose name says no more than
 * "Time" — the common export with the date in one column and the time in the next.
 */
function suggestTimeColumns(
  choices: ColumnChoices,
  headers: string[],
  words: string[][],
  times: Set<number>,
): void {
  const taken = new Set<number>();
  const generic = (index: number) =>
    logTimeColumns.every((column) => scoreOf(words[index] ?? [], column) === 0);
  for (const column of logTimeColumns) {
    const dateHeader = choices[column];
    if (dateHeader === null) continue;
    let bestIndex = -1;
    let bestScore = 0;
    for (const index of times) {
      const score = taken.has(index) ? 0 : scoreOf(words[index] ?? [], column);
      if (score > bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    }
    const next = headers.indexOf(dateHeader) + 1;
    if (bestIndex === -1 && times.has(next) && !taken.has(next) && generic(next)) bestIndex = next;
    const header = headers[bestIndex];
    if (header === undefined) continue;
    taken.add(bestIndex);
    choices[timeColumnOf[column]] = header;
  }
}

/**
 * The file's headers most likely to hold each column; null where none looks right. With the
 * file's records, a column of times of day is offered only as a time column, beside its date.
 */
export function suggestColumns(headers: string[], records: string[][] = []): ColumnChoices {
  const choices: ColumnChoices = {
    received: null,
    receivedTime: null,
    responded: null,
    respondedTime: null,
    resolved: null,
    resolvedTime: null,
    category: null,
    description: null,
    location: null,
  };
  const times = timeOfDayColumns(headers.length, records);
  const picked = pickHeaders(headers, matchOrder, scoreOf, new Set(times));
  for (const column of matchOrder) choices[column] = picked[column] ?? null;
  const words = headers.map(headerWords);
  suggestTimeColumns(choices, headers, words, times);
  return choices;
}
