import type { CsvTable } from '../../csv/read-csv-table';
import { dateOrderOf, parseLogTime, type DateOrder } from '../../customers/csv/parse-log-time';
import { timeInCell } from '../../customers/csv/parse-time-of-day';
import { quotedCell } from '../../customers/csv/quoted-cell';
import { dayInWords } from '../../typed-date';
import { outageLabels } from '../outage-records';
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
  reading: string;
}

type Moment = 'start' | 'end';
const dateColumn = { start: 'startDate', end: 'endDate' } as const;
const timeColumn = { start: 'startTime', end: 'endTime' } as const;

const dateHint = 'write a date such as 3/14/2028 or 2028-03-14.';
const timeHint = 'write a time of day such as 2:05 PM or 14:05.';
const eitherWay = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;

/** Reports a problem in one column of a row; answers null, so a reader can return it. */
export type ReportProblem = (row: number, column: OutageColumn, message: string) => null;

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
    const way = order === 'month-first' ? 'month first' : 'day first';
    ambiguous = { cell, reading: `read ${way}: ${dayInWords(date)}` };
  }

  /** One moment: null dates when empty; null after reporting a problem. */
  function readMoment(record: string[], row: number, moment: Moment) {
    const [dateKey, timeKey] = [dateColumn[moment], timeColumn[moment]];
    const dateText = cellOf(record, dateKey);
    const timeText = cellOf(record, timeKey);
    if (dateText === '') {
      if (timeText !== '') {
        return problem(
          row,
          timeKey,
          `${outageLabels[timeKey]}: ${quotedCell(timeText)} is a time without a date; write the ${outageLabels[dateKey].toLowerCase()} too.`,
        );
      }
      if (moment === 'start') {
        return problem(
          row,
          dateKey,
          `${outageLabels.startDate}: the cell is empty; every outage needs the day it began.`,
        );
      }
      return { date: '', time: null };
    }
    const value = parseLogTime(dateText, order);
    if (value === null) {
      return problem(
        row,
        dateKey,
        `${outageLabels[dateKey]}: ${quotedCell(dateText)} is not a date; ${dateHint}`,
      );
    }
    noteAmbiguous(dateText, value.slice(0, 10));
    const index = indexes[dateKey];
    const cellTime =
      value.length > 10 && !(index !== null && midnightOnly.has(index)) ? value.slice(11) : null;
    if (timeText === '') return { date: value.slice(0, 10), time: cellTime };
    const clock = timeInCell(timeText);
    if (clock === null) {
      return problem(
        row,
        timeKey,
        `${outageLabels[timeKey]}: ${quotedCell(timeText)} is not a time; ${timeHint}`,
      );
    }
    if (cellTime !== null && cellTime !== '00:00' && cellTime !== clock) {
      return problem(
        row,
        timeKey,
        `${outageLabels[timeKey]}: ${quotedCell(timeText)} is not the time in the ${outageLabels[dateKey].toLowerCase()} column, ${quotedCell(dateText)}; clear one of them.`,
      );
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
      return problem(
        row,
        'endDate',
        `${outageLabels.endDate}: ${quotedCell(endCells)} is before the ${outageLabels.startDate.toLowerCase()}, ${quotedCell(startCells)}; check both.`,
      );
    }
    return moments;
  }

  return { read, order, ambiguous: () => ambiguous };
}
