import { describe, expect, it } from 'vitest';
import { complaintPreviewSchema } from '../../../../src/shared/domain/customers/csv/complaint-preview';
import type { ColumnChoices } from '../../../../src/shared/domain/customers/complaint-log';
import { mapComplaints } from '../../../../src/shared/domain/customers/csv/map-complaints';
import { previewComplaints } from '../../../../src/shared/domain/customers/csv/preview-complaints';
import { readComplaintCsv } from '../../../../src/shared/domain/customers/csv/read-complaint-csv';
import { suggestColumns } from '../../../../src/shared/domain/customers/csv/suggest-columns';
import { readFixture } from './fixture';
import { english } from '../../../support/english-said';

const none = new Set<string>();

/** The keys an import of the fixture stores with its suggested mapping. */
function importedKeys(name: string): string[] {
  const table = readComplaintCsv(readFixture(name));
  return mapComplaints(table, suggestColumns(table.headers), 'both').rows.map((row) => row.key);
}

describe('previewComplaints', () => {
  it('suggests a mapping when none is given, and previews the rows with it', () => {
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('comma-month-first.csv')),
      mapping: null,
      existingKeys: none,
    });
    expect(complaintPreviewSchema.parse(preview)).toEqual(preview);
    expect(preview).toMatchObject({
      delimiter: ',',
      mapping: { received: 'Date Received', category: 'Type', location: 'Address' },
      mappingProblems: [],
      rowCount: 4,
      problemCount: 0,
      newRows: 4,
      alreadyImported: 0,
    });
    expect(preview.sample.map((row) => row.topic)).toEqual([
      'pressure',
      'water-quality',
      'billing',
      'outages',
    ]);
    expect(preview.sample[0]).not.toHaveProperty('key');
  });

  it('suggests the time columns and says how precise the times are', () => {
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('time-column-am-pm.csv')),
      mapping: null,
      existingKeys: none,
    });
    expect(complaintPreviewSchema.parse(preview)).toEqual(preview);
    expect(preview.mapping).toEqual({
      received: 'Date',
      receivedTime: 'Time',
      responded: 'Response Date',
      respondedTime: 'Response Time',
      resolved: 'Closed',
      resolvedTime: null,
      category: 'Category',
      description: 'Description',
      location: 'Address',
    });
    expect(preview.precision).toEqual({
      received: { timed: 4, dated: 0 },
      responded: { timed: 4, dated: 0 },
      resolved: { timed: 0, dated: 3 },
    });
    expect(preview.midnightColumns).toEqual([]);
    expect(preview.sample[1]).toMatchObject({
      received: '2026-03-04T13:05',
      responded: '2026-03-04T14:00',
      resolved: '2026-03-04',
    });
  });

  it('names the columns whose every time is 00:00', () => {
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('midnight-times.csv')),
      mapping: null,
      existingKeys: none,
    });
    expect(preview.midnightColumns).toEqual(['Opened', 'Responded', 'Closed']);
    expect(preview.precision?.resolved).toEqual({ timed: 0, dated: 1 });
  });

  it('refuses a time column without its date column, before any row is read', () => {
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('time-column-am-pm.csv')),
      mapping: {
        ...suggestColumns(['Date', 'Category']),
        received: 'Date',
        resolvedTime: 'Time',
        category: 'Category',
      },
      existingKeys: none,
    });
    expect(preview.mappingProblems.map(english)).toEqual([
      'Time resolved: choose the Date resolved column too; a time needs its date.',
    ]);
    expect(preview).toMatchObject({ precision: null, sample: [], problemCount: 0 });
  });

  it('counts the rows a previous import already holds, so a second import would add nothing', () => {
    const text = readFixture('iso-date-only.csv');
    const keys = importedKeys('iso-date-only.csv');
    expect(
      previewComplaints({
        systemType: 'both',
        table: readComplaintCsv(text),
        mapping: null,
        existingKeys: new Set(keys),
      }),
    ).toMatchObject({
      rowCount: 4,
      newRows: 0,
      alreadyImported: 4,
    });
    // One of the two identical rows imported before: the other is still new.
    const partly = new Set(keys.filter((_, index) => index !== 3));
    expect(
      previewComplaints({
        systemType: 'both',
        table: readComplaintCsv(text),
        mapping: null,
        existingKeys: partly,
      }),
    ).toMatchObject({
      newRows: 1,
      alreadyImported: 3,
    });
  });

  it('shows at most 20 sample rows but counts every row', () => {
    const lines = Array.from({ length: 45 }, (_, i) => `3/${(i % 28) + 1}/2026,Leak ${i}`);
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(`Date,Type\n${lines.join('\n')}\n`),
      mapping: null,
      existingKeys: none,
    });
    expect(preview.sample).toHaveLength(20);
    expect(preview).toMatchObject({ rowCount: 45, newRows: 45 });
  });

  it('explains an unusable mapping with the schema’s messages and checks no row', () => {
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('broken-missing-column.csv')),
      mapping: null,
      existingKeys: none,
    });
    expect(preview.mapping.received).toBeNull();
    expect(preview.mappingProblems.map(english)).toEqual([
      'Date received: choose the column that holds the date each complaint came in.',
    ]);
    expect(preview).toMatchObject({ rowCount: 2, sample: [], problems: [], newRows: 0 });
  });

  it('says which chosen header the file does not have', () => {
    const mapping: ColumnChoices = {
      received: 'Fecha',
      responded: null,
      resolved: null,
      category: 'Type',
      description: null,
      location: null,
    };
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('broken-missing-column.csv')),
      mapping,
      existingKeys: none,
    });
    expect(preview.mappingProblems.map(english)).toEqual([
      "Date received: the file has no column called 'Fecha'; choose one of its columns.",
    ]);
    expect(preview.sample).toEqual([]);
  });

  it('lists the rows’ problems with a usable mapping', () => {
    const preview = previewComplaints({
      systemType: 'both',
      table: readComplaintCsv(readFixture('broken-bad-dates.csv')),
      mapping: null,
      existingKeys: none,
    });
    expect(preview).toMatchObject({ rowCount: 6, problemCount: 6, newRows: 1 });
    expect(english(preview.problems[0]?.message)).toMatch(
      /^row 3, column 'Date Received': '31\/02\/2026'/,
    );
  });
});
