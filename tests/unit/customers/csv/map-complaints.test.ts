import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../src/shared/domain/customers/complaint-log';
import { mapComplaints } from '../../../../src/shared/domain/customers/csv/map-complaints';
import { readComplaintCsv } from '../../../../src/shared/domain/customers/csv/read-complaint-csv';
import { suggestColumns } from '../../../../src/shared/domain/customers/csv/suggest-columns';
import { readFixture } from './fixture';
import { english, englishProblems } from '../../../support/english-said';

/** A fixture mapped with the columns suggested from its headers, as the preview first does. */
function mapFixture(name: string) {
  const table = readComplaintCsv(readFixture(name));
  return mapComplaints(table, suggestColumns(table.headers), 'both');
}

const noColumns: ColumnMapping = {
  received: null,
  responded: null,
  resolved: null,
  category: null,
  description: null,
  location: null,
};

describe('mapComplaints on the prepared formats', () => {
  it('reads M/D/YYYY with AM/PM times, and takes a topic from the description when the category gives none', () => {
    const { rows, problemCount } = mapFixture('comma-month-first.csv');
    expect(problemCount).toBe(0);
    expect(rows.map(({ key: _key, ...row }) => row)).toEqual([
      {
        row: 2,
        received: '2026-03-02T08:15',
        responded: '2026-03-02T10:30',
        resolved: '2026-03-03T16:00',
        category: 'Low pressure',
        description: 'Pressure drops every evening',
        location: '12 Oak St',
        topic: 'pressure',
      },
      expect.objectContaining({ row: 3, received: '2026-03-04T13:05', topic: 'water-quality' }),
      expect.objectContaining({
        row: 4,
        received: '2026-03-14T23:40',
        resolved: '',
        topic: 'billing',
      }),
      expect.objectContaining({ row: 5, category: '', topic: 'outages' }),
    ]);
  });

  it('reads day-first dates once one of them shows it', () => {
    const { rows, problemCount } = mapFixture('semicolon-day-first.csv');
    expect(problemCount).toBe(0);
    expect(rows.map((row) => [row.received, row.responded, row.resolved, row.topic])).toEqual([
      ['2026-03-14T08:15', '2026-03-14T10:00', '2026-03-15T16:30', 'pressure'],
      ['2026-04-02T13:05', '2026-04-02T14:00', '2026-04-02T18:00', 'water-quality'],
      ['2026-04-30T07:00', '2026-04-30T07:45', '', 'outages'],
    ]);
    expect(rows[0]?.location).toBe('Calle 5 nº 12');
  });

  it('reads ISO times with a T, a zone or a space', () => {
    const { rows, problemCount } = mapFixture('tab-iso.csv');
    expect(problemCount).toBe(0);
    expect(rows.map((row) => [row.received, row.responded, row.resolved, row.topic])).toEqual([
      ['2026-03-02T08:15', '2026-03-02T10:30', '2026-03-03T16:00', 'pressure'],
      ['2026-03-04T13:05', '2026-03-04T14:00', '', 'leaks'],
      ['2026-03-05T09:00', '2026-03-05T09:30', '2026-03-05T12:00', 'sewer'],
    ]);
  });

  it('keeps spreadsheet row numbers across quoted line breaks and blank rows', () => {
    const { rows, problemCount } = mapFixture('bom-quoted-newlines.csv');
    expect(problemCount).toBe(0);
    expect(rows.map((row) => [row.row, row.received, row.topic])).toEqual([
      [2, '2026-03-02', 'pressure'],
      [3, '2026-03-04', 'billing'],
      [5, '2026-03-09', 'courtesy'],
    ]);
    expect(rows[0]?.description).toBe(
      'Pressure drops every evening.\nSays it started "last week".',
    );
  });

  it('skips blank rows and gives identical rows their own keys', () => {
    const { rows, problemCount } = mapFixture('iso-date-only.csv');
    expect(problemCount).toBe(0);
    expect(rows.map((row) => row.row)).toEqual([3, 4, 6, 7]);
    expect(rows[1]).toMatchObject({
      received: '2026-03-04',
      responded: '2026-03-05',
      resolved: '',
    });
    expect(new Set(rows.map((row) => row.key)).size).toBe(4);
  });

  it('gives the same keys when the same file is mapped again', () => {
    const first = mapFixture('iso-date-only.csv').rows.map((row) => row.key);
    expect(mapFixture('iso-date-only.csv').rows.map((row) => row.key)).toEqual(first);
  });
});

describe('mapComplaints reports each problem with its row and column', () => {
  it('reports bad dates, dates before the date received, an empty date and a short row', () => {
    const { rows, problems, problemCount } = mapFixture('broken-bad-dates.csv');
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(problems.map((problem) => english(problem.message))).toEqual([
      "row 3, column 'Date Received': '31/02/2026' is not a date; use a date such as 3/14/2026 or 2026-03-14.",
      "row 4, column 'Responded': '1/4/2026' is before the date received, '5/4/2026'.",
      "row 5, column 'Date Received': the date received is empty; every complaint needs one.",
      'row 6 has 3 cells, but the first row names 6 columns; look for a missing or extra comma in it.',
      "row 7, column 'Date Received': '7/4/2026 25:00' is not a date; use a date such as 3/14/2026 or 2026-03-14.",
      "row 7, column 'Responded': 'soon' is not a date; use a date such as 3/14/2026 or 2026-03-14.",
    ]);
    expect(problems[0]).toMatchObject({ row: 3, column: 'Date Received' });
    expect(problems[3]).toMatchObject({ row: 6, column: '' });
    expect(problemCount).toBe(6);
  });

  it('reports a chosen column the file does not have, and checks no row', () => {
    const table = readComplaintCsv(readFixture('broken-missing-column.csv'));
    const result = mapComplaints(
      table,
      { ...noColumns, received: 'Date', category: 'Type' },
      'both',
    );
    expect(result.rows).toEqual([]);
    expect(englishProblems(result.problems)).toEqual([
      {
        row: 1,
        column: 'Date',
        message:
          "row 1, column 'Date': the file has no such column (chosen for Date received); choose one of its columns.",
      },
    ]);
  });

  it('keeps the first 100 problems and counts them all', () => {
    const lines = Array.from({ length: 250 }, (_, i) => `someday,Leak ${i}`);
    const table = readComplaintCsv(`Date,Type\n${lines.join('\n')}\n`);
    const result = mapComplaints(
      table,
      { ...noColumns, received: 'Date', category: 'Type' },
      'both',
    );
    expect(result.problemCount).toBe(250);
    expect(result.problems).toHaveLength(100);
    expect(result.problems[99]?.row).toBe(101);
  });

  it('refuses text longer than a complaint row holds', () => {
    const table = readComplaintCsv(`Date,Type\n3/4/2026,${'x'.repeat(501)}\n`);
    const result = mapComplaints(
      table,
      { ...noColumns, received: 'Date', category: 'Type' },
      'both',
    );
    expect(english(result.problems[0]?.message)).toBe(
      "row 2, column 'Type': the text is 501 characters long; the most kept is 500. Shorten it in the file.",
    );
  });
});

describe('mapComplaints, details', () => {
  const mapping: ColumnMapping = {
    ...noColumns,
    received: 'Date',
    responded: 'Responded',
    category: 'Type',
    description: 'Notes',
  };

  it('takes a same-day date without a time as not before a timed date received', () => {
    const table = readComplaintCsv('Date,Responded,Type,Notes\n3/4/2026 15:00,3/4/2026,Leak,\n');
    const result = mapComplaints(table, mapping, 'both');
    expect(result.problemCount).toBe(0);
    expect(result.rows[0]?.responded).toBe('2026-03-04');
  });

  it('cleans control and bidi characters out of the text', () => {
    const table = readComplaintCsv(
      'Date,Responded,Type,Notes\n3/4/2026,,Le\u202Eak\u0007,"a\r\nb"\n',
    );
    const row = mapComplaints(table, mapping, 'both').rows[0];
    expect(row?.category).toBe('Leak');
    expect(row?.description).toBe('a\nb');
  });

  it('accepts empty cells past the last named column but not text there', () => {
    const table = readComplaintCsv(
      'Date,Responded,Type,Notes\n3/4/2026,,Leak,,,\n3/5/2026,,Leak,,x\n',
    );
    const result = mapComplaints(table, mapping, 'both');
    expect(result.rows.map((row) => row.row)).toEqual([2]);
    expect(english(result.problems[0]?.message)).toMatch(
      /^row 3 has 5 cells, but the first row names 4 columns/,
    );
  });

  it('suggests "other" when neither the category nor the description says anything known', () => {
    const table = readComplaintCsv('Date,Responded,Type,Notes\n3/4/2026,,Misc,Called twice\n');
    expect(mapComplaints(table, mapping, 'both').rows[0]?.topic).toBe('other');
  });
});

describe('mapComplaints suggests the topics of the system type', () => {
  const mapping: ColumnMapping = { ...noColumns, received: 'Date', description: 'Notes' };
  const table = readComplaintCsv(
    'Date,Notes\n3/4/2026,Bad smell from the lagoon\n3/5/2026,Huele muy feo la laguna\n3/6/2026,Low pressure\n',
  );
  const topics = (systemType: 'water' | 'wastewater' | 'both') =>
    mapComplaints(table, mapping, systemType).rows.map((row) => row.topic);

  it('reads lagoon odor as sewer odor in a sewer district, never as water quality', () => {
    expect(topics('wastewater')).toEqual(['odor', 'odor', 'other']);
  });

  it('offers no sewer topic in a water system', () => {
    expect(topics('water')).toEqual(['water-quality', 'water-quality', 'pressure']);
  });

  it('lets the words decide for a utility that runs both', () => {
    expect(topics('both')).toEqual(['odor', 'odor', 'pressure']);
  });
});
