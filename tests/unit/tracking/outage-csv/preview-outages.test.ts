import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../../src/shared/domain/csv/read-csv-table';
import type { OutageEntry } from '../../../../src/shared/domain/tracking/outage-entry';
import { previewOutages } from '../../../../src/shared/domain/tracking/outage-csv/preview-outages';
import type { OutageColumnChoices } from '../../../../src/shared/domain/tracking/outage-csv/outage-columns';
import { maxOutages } from '../../../../src/shared/domain/tracking/outage-records';
import { suggestOutageColumns } from '../../../../src/shared/domain/tracking/outage-csv/suggest-outage-columns';
import { english, englishProblems } from '../../../support/english-said';

function preview(
  text: string,
  options: { mapping?: OutageColumnChoices; recorded?: OutageEntry[] } = {},
) {
  return previewOutages({
    table: readCsvTable(text, 'outages'),
    mapping: options.mapping ?? null,
    recorded: options.recorded ?? [],
  });
}

const entry = (fields: Partial<OutageEntry>): OutageEntry => ({
  startDate: '2028-03-04',
  startTime: null,
  endDate: '',
  endTime: null,
  planned: true,
  noticeHours: null,
  customersAffected: null,
  note: '',
  ...fields,
});

describe('reading an outage log file', () => {
  it('reads separate date and time columns, 12-hour times, a BOM and CRLF line ends', () => {
    const text =
      '\uFEFFStart date,Start time,End date,End time,Planned?,Notice (hours),Customers affected,Where and why\r\n' +
      '3/4/2028,2:05 PM,3/4/2028,6:30 pm,Planned,48,120,Valve on Elm St\r\n';
    const read = preview(text);
    expect(read.mapping).toEqual({
      startDate: 'Start date',
      startTime: 'Start time',
      endDate: 'End date',
      endTime: 'End time',
      planned: 'Planned?',
      noticeHours: 'Notice (hours)',
      customersAffected: 'Customers affected',
      note: 'Where and why',
    });
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => ({ ...row, when: english(row.when) }))).toEqual([
      {
        row: 2,
        when: 'Saturday, March 4, 2028, 2:05 PM to 6:30 PM',
        planned: true,
        noticeHours: 48,
        customersAffected: 120,
        note: 'Valve on Elm St',
        action: 'add',
      },
    ]);
    expect(read.added).toBe(1);
  });

  it('reads a date and time in one cell, and keeps no time where the file has none', () => {
    const text = [
      'Began,Restored,Type',
      '2028-03-04 14:05,2028-03-05 09:00,unplanned',
      '3/6/2028,3/7/2028,U',
    ].join('\n');
    const read = preview(text);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => english(row.when))).toEqual([
      'Saturday, March 4, 2028, 2:05 PM to Sunday, March 5, 2028, 9:00 AM',
      'Monday, March 6, 2028 to Tuesday, March 7, 2028',
    ]);
    expect(read.rows.map((row) => row.planned)).toEqual([false, false]);
  });

  it('reads dates whose every time is midnight as dates only', () => {
    const read = preview('Date,Planned\n3/4/2028 0:00,yes\n3/9/2028 0:00,no\n');
    expect(read.rows.map((row) => english(row.when))).toEqual([
      'Saturday, March 4, 2028 (no end recorded)',
      'Thursday, March 9, 2028 (no end recorded)',
    ]);
  });

  it('says how a date that could be read either way was read', () => {
    const read = preview('Date,Planned\n04/02/2028,yes\n');
    expect(read.dateOrder).toBe('month-first');
    expect(read.ambiguousDate?.cell).toBe('04/02/2028');
    expect(english(read.ambiguousDate?.reading)).toBe('read month first: Sunday, April 2, 2028');
  });

  it('reads every date day first once the file has a date that can only be day first', () => {
    const read = preview('Date,Planned\n04/02/2028,yes\n25/02/2028,yes\n');
    expect(read.dateOrder).toBe('day-first');
    expect(english(read.ambiguousDate?.reading)).toBe('read day first: Friday, February 4, 2028');
    expect(read.rows.map((row) => english(row.when))).toEqual([
      'Friday, February 4, 2028 (no end recorded)',
      'Friday, February 25, 2028 (no end recorded)',
    ]);
  });

  it('reads planned or unplanned in the ways logs write it', () => {
    const cells = ['planned', 'Unplanned', 'yes', 'No', 'P', 'u', 'Programado', 'No programado'];
    const text = ['Date,Planned', ...cells.map((cell) => `3/4/2028,${cell}`)].join('\n');
    expect(preview(text).rows.map((row) => row.planned)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('keeps blank notice hours and customers as not recorded, never 0', () => {
    const read = preview(
      'Date,Planned,Notice,Customers\n3/4/2028,no,,\n3/5/2028,yes,0,1,200\n'.replace(
        '1,200',
        '"1,200"',
      ),
    );
    expect(read.rows.map((row) => [row.noticeHours, row.customersAffected])).toEqual([
      [null, null],
      [0, 1200],
    ]);
  });

  it('refuses an end before the start, naming the row and both fields', () => {
    const text = 'Start,Start time,End,End time,Planned\n3/4/2028,2:00 PM,3/4/2028,1:00 PM,yes\n';
    const read = preview(text);
    expect(read.rows).toEqual([]);
    expect(englishProblems(read.problems)).toEqual([
      {
        row: 2,
        column: 'End',
        message:
          "Row 2, Date service came back: '3/4/2028 1:00 PM' is before the date it began, '3/4/2028 2:00 PM'; check both.",
      },
    ]);
  });

  it('names the row and the field of each cell it cannot read', () => {
    const text = [
      'Date,Time,Planned,Notice,Customers',
      '3/4/2028,noon-ish,maybe,two days,',
      'soon,,yes,,',
      '3/4/2028,,yes,,-5',
    ].join('\n');
    const messages = preview(text).problems.map((problem) => english(problem.message));
    expect(messages).toEqual([
      "Row 2, Time it began: 'noon-ish' is not a time; write a time of day such as 2:05 PM or 14:05.",
      "Row 2, Planned or unplanned: 'maybe' is neither; write planned or unplanned (yes or no, P or U also read).",
      "Row 2, Hours of notice given: 'two days' is not a number; write it such as 48 or 4.5, or leave it empty when the log does not say.",
      "Row 3, Date it began: 'soon' is not a date; write a date such as 3/14/2028 or 2028-03-14.",
      'Row 4, Customers affected cannot be negative.',
    ]);
  });

  it('marks outages the log already has, and counts a second copy in the file as new', () => {
    const recorded = [entry({ planned: false, note: 'Main break' })];
    const read = preview('Date,Planned,Note\n3/4/2028,no,Main break\n3/4/2028,no,Main break\n', {
      recorded,
    });
    expect(read.rows.map((row) => row.action)).toEqual(['already', 'add']);
    expect([read.added, read.alreadyRecorded]).toEqual([1, 1]);
  });

  it('asks for the columns it needs before reading any row', () => {
    const read = preview('When,Why\n3/4/2028,Leak\n');
    expect(read.mappingProblems.map(english)).toEqual([
      'Date it began: choose the column that holds the day each outage began.',
      'Planned or unplanned: choose the column that holds whether it was planned or unplanned.',
    ]);
    expect(read.rows).toEqual([]);
  });

  it('names a row with a missing or extra delimiter', () => {
    const read = preview('Date,Planned,Note\n3/4/2028,yes,Elm St, north end\n');
    expect(english(read.problems[0]?.message)).toBe(
      'Row 2 has 4 cells, but the first row names 3 columns; look for a missing or extra comma in it.',
    );
  });

  it('refuses more new outages than the log has room for', () => {
    const rows = Array.from({ length: 3 }, () => '3/5/2028,yes');
    const recorded = Array.from({ length: maxOutages - 2 }, () => entry({}));
    const read = preview(['Date,Planned', ...rows].join('\n'), { recorded });
    expect(read.problemCount).toBe(1);
    expect(english(read.problems[0]?.message)).toBe(
      'Row 4: the log keeps at most 10,000 outages, and it holds 9,998; import the file in parts, or delete outages no longer needed.',
    );
  });

  it.each([
    ['', 'The file is empty.'],
    ['Date,Planned\n', 'The file names its columns in the first row but has no outages below it.'],
    [
      'Date,Planned,Note\n3/4/2028,yes,"Elm St\n3/5/2028,no,x\n',
      'Row 2 opens a quotation mark (") that is never closed, so the rest of the file cannot be read. Fix that row and try again.',
    ],
  ])('refuses a file it cannot read: %j', (text, message) => {
    expect(() => preview(text)).toThrow(message);
  });
});

describe('suggesting the columns of an outage log', () => {
  it('tells the start from the end and the date from the time, in English and Spanish', () => {
    expect(
      suggestOutageColumns([
        'Fecha inicio',
        'Hora inicio',
        'Fecha fin',
        'Hora fin',
        'Tipo',
        'Aviso (horas)',
        'Clientes afectados',
        'Causa',
      ]),
    ).toEqual({
      startDate: 'Fecha inicio',
      startTime: 'Hora inicio',
      endDate: 'Fecha fin',
      endTime: 'Hora fin',
      planned: 'Tipo',
      noticeHours: 'Aviso (horas)',
      customersAffected: 'Clientes afectados',
      note: 'Causa',
    });
  });

  it('takes "End" before "Start" in the file for what it says', () => {
    expect(suggestOutageColumns(['End', 'Start', 'Planned'])).toMatchObject({
      startDate: 'Start',
      endDate: 'End',
      startTime: null,
      endTime: null,
    });
  });
});
