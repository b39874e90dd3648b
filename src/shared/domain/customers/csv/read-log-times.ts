import {
  hasTimeOfDay,
  logTimeColumns,
  timeColumnOf,
  type ComplaintColumn,
  type LogTimeColumn,
} from '../complaint-log';
import { parseLogTime, type DateOrder } from './parse-log-time';
import { timeInCell } from './parse-time-of-day';
import { said, type Said } from '../../../i18n/said';
import { quotedCell } from './quoted-cell';

export type LogTimes = Record<LogTimeColumn, string>;

/**
 * A row's three moments as stored, and as the cells read (the complaint's key is made from
 * those); the same object when they agree.
 */
export interface ReadLogTimes {
  stored: LogTimes;
  keyed: LogTimes;
}

export interface LogTimeReader {
  /** Null after reporting every problem in the row's date and time cells. */
  read: (record: string[], row: number) => ReadLogTimes | null;
  /** The headers of date columns whose every time is 00:00, so they are read as dates only. */
  midnightColumns: string[];
}

interface LogTimeSource {
  headers: string[];
  records: string[][];
  indexes: Record<ComplaintColumn, number | null>;
  order: DateOrder;
  /** Reports a problem in one cell; answers null, so a reader can return it. */
  problem: (row: number, index: number, detail: Said) => null;
}

const midnight = 'T00:00';

/**
 * True when the column holds times and every one is 00:00: an export that writes dates as
 * "3/4/2026 0:00", where the time means "no time kept" and a span counted from it in minutes
 * would be false. Cells without a colon hold no time and are skipped without parsing.
 */
function onlyMidnights(records: string[][], index: number, order: DateOrder): boolean {
  let times = 0;
  for (const record of records) {
    const text = record[index] ?? '';
    if (!text.includes(':')) continue;
    const value = parseLogTime(text, order);
    if (value === null || !hasTimeOfDay(value)) continue;
    if (!value.endsWith(midnight)) return false;
    times++;
  }
  return times > 0;
}

/** A date-only value means "that day", so it is only before a timed one on an earlier day. */
function isBefore(later: string, earlier: string): boolean {
  if (!hasTimeOfDay(later) || !hasTimeOfDay(earlier)) {
    return later.slice(0, 10) < earlier.slice(0, 10);
  }
  return later < earlier;
}

/**
 * Reads the moments a complaint was received, responded to and resolved: each from its date
 * column, with the time of day from the date column itself or from the time column chosen for
 * it. A date column whose every time is 00:00 is read as dates only; its key still sees the
 * 00:00, as the files imported before this rule were keyed.
 */
export function createLogTimeReader(source: LogTimeSource): LogTimeReader {
  const { headers, records, indexes, order, problem } = source;
  const midnightOnly = new Set<LogTimeColumn>();
  for (const column of logTimeColumns) {
    const index = indexes[column];
    if (index !== null && onlyMidnights(records, index, order)) midnightOnly.add(column);
  }

  /** The time cell's clock on `date`; '' for an empty cell, null after reporting a problem. */
  function withTime(record: string[], row: number, column: LogTimeColumn, date: string | null) {
    const index = indexes[timeColumnOf[column]];
    const text = index === null ? '' : (record[index] ?? '').trim();
    if (index === null || text === '') return '';
    const clock = timeInCell(text);
    if (clock === null)
      return problem(row, index, said('imports.complaints.notATime', { cell: quotedCell(text) }));
    if (date === null) return null;
    const dateIndex = indexes[column] ?? index;
    if (date === '') {
      const detail = said('imports.complaints.timeWithoutDate', {
        cell: quotedCell(text),
        header: headers[dateIndex] ?? '',
      });
      return problem(row, index, detail);
    }
    if (hasTimeOfDay(date) && !date.endsWith(midnight) && date.slice(11) !== clock) {
      const dateText = record[dateIndex] ?? '';
      const detail = said('imports.complaints.timeDisagrees', {
        cell: quotedCell(text),
        header: headers[dateIndex] ?? '',
        dateCell: quotedCell(dateText),
      });
      return problem(row, index, detail);
    }
    return `${date.slice(0, 10)}T${clock}`;
  }

  /** One moment as the cells read it: '' when empty, null after reporting a problem. */
  function readDate(record: string[], row: number, column: LogTimeColumn): string | null {
    const index = indexes[column];
    const text = index === null ? '' : (record[index] ?? '').trim();
    if (index === null || text === '') {
      if (column !== 'received' || index === null) return '';
      return problem(row, index, said('imports.complaints.receivedEmpty'));
    }
    return (
      parseLogTime(text, order) ??
      problem(row, index, said('imports.complaints.notADate', { cell: quotedCell(text) }))
    );
  }

  /** A moment's cells as the file has them: the date, and the time when it has its own column. */
  function cellsOf(record: string[], column: LogTimeColumn): string {
    const cells = [indexes[column], indexes[timeColumnOf[column]]].flatMap((index) =>
      index === null ? [] : [(record[index] ?? '').trim()],
    );
    return cells.filter((cell) => cell !== '').join(' ');
  }

  function read(record: string[], row: number): ReadLogTimes | null {
    const stored: LogTimes = { received: '', responded: '', resolved: '' };
    const keyed: LogTimes = { received: '', responded: '', resolved: '' };
    let good = true;
    for (const column of logTimeColumns) {
      const date = readDate(record, row, column);
      const timed = withTime(record, row, column, date);
      if (date === null || timed === null) {
        good = false;
        continue;
      }
      keyed[column] = timed === '' ? date : timed;
      stored[column] =
        timed === '' && midnightOnly.has(column) && date.endsWith(midnight)
          ? date.slice(0, 10)
          : keyed[column];
      if (column === 'received' || stored[column] === '' || stored.received === '') continue;
      if (isBefore(stored[column], stored.received)) {
        const detail = said('imports.complaints.beforeReceived', {
          cell: quotedCell(cellsOf(record, column)),
          received: quotedCell(cellsOf(record, 'received')),
        });
        problem(row, indexes[column] ?? 0, detail);
        good = false;
      }
    }
    if (!good) return null;
    // Most files have no 00:00 column: then the key is made from the stored moments themselves.
    const same = logTimeColumns.every((column) => stored[column] === keyed[column]);
    return { stored, keyed: same ? stored : keyed };
  }

  return {
    read,
    midnightColumns: [...midnightOnly].map((column) => headers[indexes[column] ?? 0] ?? ''),
  };
}
