import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../src/shared/domain/customers/complaint-log';
import { mapComplaints } from '../../../../src/shared/domain/customers/csv/map-complaints';
import { readComplaintCsv } from '../../../../src/shared/domain/customers/csv/read-complaint-csv';
import { suggestColumns } from '../../../../src/shared/domain/customers/csv/suggest-columns';
import { readFixture } from './fixture';
import { english } from '../../../support/english-said';

/** A fixture mapped as the preview first maps it: from its headers and its cells. */
function mapFixture(name: string) {
  const table = readComplaintCsv(readFixture(name));
  return mapComplaints(table, suggestColumns(table.headers, table.records), 'both');
}

const moments = (rows: { received: string; responded: string; resolved: string }[]) =>
  rows.map((row) => [row.received, row.responded, row.resolved]);

const dateAndTime: ColumnMapping = {
  received: 'Date',
  receivedTime: 'Time',
  responded: 'Responded',
  respondedTime: 'Responded at',
  resolved: 'Resolved',
  resolvedTime: null,
  category: 'Type',
  description: null,
  location: null,
};
const header = 'Date,Time,Responded,Responded at,Resolved,Type';
const mapText = (...lines: string[]) =>
  mapComplaints(readComplaintCsv([header, ...lines].join('\n')), dateAndTime, 'both');

describe('mapComplaints with the time in its own column', () => {
  it('reads a separate AM/PM time column, and keeps a date-only resolution at day precision', () => {
    const { rows, problemCount, precision } = mapFixture('time-column-am-pm.csv');
    expect(problemCount).toBe(0);
    expect(moments(rows)).toEqual([
      ['2026-03-02T08:15', '2026-03-02T10:30', '2026-03-03'],
      ['2026-03-04T13:05', '2026-03-04T14:00', '2026-03-04'],
      ['2026-03-09T23:40', '2026-03-10T00:10', '2026-03-12'],
      ['2026-03-14T09:00', '2026-03-14T09:45', ''],
    ]);
    expect(precision).toEqual({
      received: { timed: 4, dated: 0 },
      responded: { timed: 4, dated: 0 },
      resolved: { timed: 0, dated: 3 },
    });
  });

  it('reads 24-hour time columns named after their dates', () => {
    const { rows, problemCount } = mapFixture('time-column-24-hour.csv');
    expect(problemCount).toBe(0);
    expect(moments(rows)).toEqual([
      ['2026-04-01T07:50', '2026-04-01T09:20', '2026-04-02T15:50'],
      ['2026-04-03T13:00', '2026-04-03T13:30', '2026-04-03T18:00'],
      ['2026-04-06T22:10', '2026-04-07T06:10', ''],
    ]);
  });

  it('keeps a row whose time cell is empty at day precision', () => {
    const { rows, problemCount, precision } = mapText(
      '3/4/2026,9:00 AM,3/4/2026,,,Leak',
      '3/5/2026,,3/6/2026,8:00,3/7/2026,Leak',
    );
    expect(problemCount).toBe(0);
    expect(moments(rows)).toEqual([
      ['2026-03-04T09:00', '2026-03-04', ''],
      ['2026-03-05', '2026-03-06T08:00', '2026-03-07'],
    ]);
    expect(precision.received).toEqual({ timed: 1, dated: 1 });
  });

  it('takes the time column over an export’s 00:00, and agrees with a date that has the same time', () => {
    const { rows, problemCount } = mapText('3/4/2026 0:00,9:00 AM,3/4/2026 11:30,11:30,,Leak');
    expect(problemCount).toBe(0);
    expect(moments(rows)).toEqual([['2026-03-04T09:00', '2026-03-04T11:30', '']]);
  });

  it('reports a time that is no time, a time without its date, and two times that disagree', () => {
    const { rows, problems } = mapText(
      '3/4/2026,25:00,,,,Leak',
      '3/4/2026,9:00 AM,,10:00,,Leak',
      '3/4/2026 9:00,2:00 PM,,,,Leak',
      '3/4/2026,9:00 AM,3/4/2026,8:30 AM,,Leak',
    );
    expect(rows).toEqual([]);
    expect(problems.map((problem) => english(problem.message))).toEqual([
      "row 2, column 'Time': '25:00' is not a time; use a time of day such as 2:05 PM or 14:05.",
      "row 3, column 'Responded at': '10:00' is a time without a date; write the date in column 'Responded' too.",
      "row 4, column 'Time': '2:00 PM' is not the time in column 'Date', '3/4/2026 9:00'; clear one of them.",
      "row 5, column 'Responded': '3/4/2026 8:30 AM' is before the date received, '3/4/2026 9:00 AM'.",
    ]);
  });
});

describe('mapComplaints with dates only', () => {
  it('stores dates without times, and counts them as dates', () => {
    const { rows, precision, midnightColumns } = mapFixture('dates-only.csv');
    expect(moments(rows)[0]).toEqual(['2026-03-02', '2026-03-02', '2026-03-04']);
    expect(precision).toEqual({
      received: { timed: 0, dated: 5 },
      responded: { timed: 0, dated: 5 },
      resolved: { timed: 0, dated: 4 },
    });
    expect(midnightColumns).toEqual([]);
  });

  it('reads a column whose every time is 00:00 as dates, but keys the rows as before', () => {
    const { rows, problemCount, midnightColumns, precision } = mapFixture('midnight-times.csv');
    expect(problemCount).toBe(0);
    expect(moments(rows)).toEqual([
      ['2026-03-02', '2026-03-02', '2026-03-04'],
      ['2026-03-05', '2026-03-06', ''],
    ]);
    expect(midnightColumns).toEqual(['Opened', 'Responded', 'Closed']);
    expect(precision.received).toEqual({ timed: 0, dated: 2 });
    // A file imported by an earlier version kept the 00:00: importing it again must add nothing.
    const table = readComplaintCsv(readFixture('midnight-times.csv'));
    const keyed = mapComplaints(table, suggestColumns(table.headers, table.records), 'both');
    expect(keyed.rows.map((row) => row.key)).toEqual(rows.map((row) => row.key));
    const asBefore = mapComplaints(
      readComplaintCsv('Opened,Type\n3/2/2026,Pressure\n'),
      {
        received: 'Opened',
        responded: null,
        resolved: null,
        category: 'Type',
        description: null,
        location: null,
      },
      'both',
    );
    expect(asBefore.rows[0]?.key).not.toBe(rows[0]?.key);
  });

  it('keeps a real midnight in a column that has other times', () => {
    const { rows, midnightColumns } = mapText(
      '3/4/2026 0:00,,3/4/2026 1:30,,,Leak',
      '3/5/2026 8:00,,3/5/2026 9:00,,,Leak',
    );
    expect(midnightColumns).toEqual([]);
    expect(rows[0]?.received).toBe('2026-03-04T00:00');
  });
});
