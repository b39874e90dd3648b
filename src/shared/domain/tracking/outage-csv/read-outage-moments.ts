import { said, type Said, type SaidValue } from '../../../i18n/said';
import { saidEach } from '../../../i18n/said-each';
import type { SaidKey } from '../../../i18n/shared-catalog';
import type { CsvTable } from '../../csv/read-csv-table';
import { dateOrderOf, parseLogTime, type DateOrder } from '../../customers/csv/parse-log-time';
import { timeInCell } from '../../customers/csv/parse-time-of-day';
import { quotedCell } from '../../customers/csv/quoted-cell';
import { dayInWords } from '../../typed-date';
import { outageLabelKeys } from '../outage-records';
import type { OutageColumn } from './outage-columns';

/** When an outage began and ended, as the log stores it (a time only where the file has one). */
export interface OutageMoments {
  startDate: string;
  startTime: string | null;
  endDate: string;
  endTime: string | null;
}

/** A numeric date whose first two parts could each be the month: 04/02/2028. */
export interface AmbiguousDate {
  cell: string;
  /** How it was read: "read month first: Sunday, April 2, 2028". */
  reading: Said;
}

type Moment = 'start' | 'end';
const dateColumn = { start: 'startDate', end: 'endDate' } as const;
const timeColumn = { start: 'startTime', end: 'endTime' } as const;

const eitherWay = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;

/** Reports a problem in one column of a row; answers null, so a reader can return it. */
export type ReportProblem = (row: number, column: OutageColumn, message: Said) => null;

/** "Date it began: …": a cell's problem, starting with its column's name. */
function inColumn(column: OutageColumn, key: SaidKey, values?: Record<string, SaidValue>): Said {
  return said('imports.field', { label: said(outageLabelKeys[column]), detail: said(key, values) });
}

/**
 * True when the column holds times and every one is 00:00: an export that writes dates as
 * "3/4/2028 0:00", where the time means "no time kept" (the complaint log's rule).
 */
function onlyMidnights(records: string[][], index: number, order: DateOrder): boolean {
  let times = 0;
  for (const record of records) {
    const value = parseLogTime(record[index] ?? '', order);
    if (value === null || value.length === 10) continue;
    if (!value.endsWith('T00:00')) return false;
    times++;
  }
  return times > 0;
}

/**
 * Reads the start and end of each outage from its date cells (which may hold the time) and the
 * time cells chosen beside them, the way the complaint log reads its moments: dates month first
 * unless some date of the file can only be day first (31/1/2028), 12-hour times with AM or PM.
 * The first date that could be read either way is kept, so the preview says how it was read.
 */
export function createMomentReader(
  table: CsvTable,
  indexes: Record<OutageColumn, number | null>,
  problem: ReportProblem,
) {
  const dateIndexes = [indexes.startDate, indexes.endDate].filter((index) => index !== null);
  const order = dateOrderOf(
    table.records.flatMap((record) => dateIndexes.map((index) => record[index] ?? '')),
  );
  const midnightOnly = new Set(
    dateIndexes.filter((index) => onlyMidnights(table.records, index, order)),
  );
  let ambiguous: AmbiguousDate | null = null;

  const cellOf = (record: string[], column: OutageColumn) => {
    const index = indexes[column];
    return index === null ? '' : (record[index] ?? '').trim();
  };

  function noteAmbiguous(cell: string, date: string) {
    const parts = eitherWay.exec(cell);
    if (ambiguous !== null || parts === null) return;
    const [first, second] = [Number(parts[1]), Number(parts[2])];
    if (first > 12 || second > 12 || first === second) return;
    const day = saidEach({ en: dayInWords(date, 'en'), es: dayInWords(date, 'es') });
    const way = order === 'month-first' ? 'month' : 'day';
    ambiguous = { cell, reading: said('imports.outages.reading', { order: way, day }) };
  }

  /** One moment: null dates when empty; null after reporting a problem. */
  function readMoment(record: string[], row: number, moment: Moment) {
    const [dateKey, timeKey] = [dateColumn[moment], timeColumn[moment]];
    const dateText = cellOf(record, dateKey);
    const timeText = cellOf(record, timeKey);
    if (dateText === '') {
      if (timeText !== '') {
        const cell = quotedCell(timeText);
        return problem(
          row,
          timeKey,
          inColumn(timeKey, 'imports.outages.timeWithoutDate', { cell, moment }),
        );
      }
      if (moment === 'start') {
        return problem(row, dateKey, inColumn(dateKey, 'imports.outages.startEmpty'));
      }
      return { date: '', time: null };
    }
    const value = parseLogTime(dateText, order);
    if (value === null) {
      const cell = quotedCell(dateText);
      return problem(row, dateKey, inColumn(dateKey, 'imports.outages.notADate', { cell }));
    }
    noteAmbiguous(dateText, value.slice(0, 10));
    const index = indexes[dateKey];
    const cellTime =
      value.length > 10 && !(index !== null && midnightOnly.has(index)) ? value.slice(11) : null;
    if (timeText === '') return { date: value.slice(0, 10), time: cellTime };
    const clock = timeInCell(timeText);
    if (clock === null) {
      const cell = quotedCell(timeText);
      return problem(row, timeKey, inColumn(timeKey, 'imports.outages.notATime', { cell }));
    }
    if (cellTime !== null && cellTime !== '00:00' && cellTime !== clock) {
      const values = { cell: quotedCell(timeText), moment, dateCell: quotedCell(dateText) };
      return problem(row, timeKey, inColumn(timeKey, 'imports.outages.timeDisagrees', values));
    }
    return { date: value.slice(0, 10), time: clock };
  }

  /** Both moments of a row, or null after reporting every problem in them. */
  function read(record: string[], row: number): OutageMoments | null {
    const start = readMoment(record, row, 'start');
    const end = readMoment(record, row, 'end');
    if (start === null || end === null) return null;
    const moments = {
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
    };
    // The log's own rule (outage-records.ts): a day without a time spans the whole day.
    const began = `${moments.startDate}T${moments.startTime ?? '00:00'}`;
    const ended = `${moments.endDate}T${moments.endTime ?? '23:59'}`;
    if (moments.endDate !== '' && ended < began) {
      const endCells = [cellOf(record, 'endDate'), cellOf(record, 'endTime')].join(' ').trim();
      const startCells = [cellOf(record, 'startDate'), cellOf(record, 'startTime')]
        .join(' ')
        .trim();
      const values = { end: quotedCell(endCells), start: quotedCell(startCells) };
      return problem(row, 'endDate', inColumn('endDate', 'imports.outages.endBeforeStart', values));
    }
    return moments;
  }

  return { read, order, ambiguous: () => ambiguous };
}
