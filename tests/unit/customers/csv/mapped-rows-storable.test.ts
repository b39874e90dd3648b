import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { complaintRowSchema } from '../../../../src/shared/domain/customers/complaint-log';
import { mapComplaints } from '../../../../src/shared/domain/customers/csv/map-complaints';
import { readComplaintCsv } from '../../../../src/shared/domain/customers/csv/read-complaint-csv';
import { suggestColumns } from '../../../../src/shared/domain/customers/csv/suggest-columns';
import { readFixture } from './fixture';

// The complaint log stores an import's rows as the mapper made them, without checking each one
// against the row schema again (that took a sixth of a 50,000-row import): so every row the
// mapper lets through must pass that schema, whatever the file held.

function storedRows(text: string) {
  const table = readComplaintCsv(text);
  const mapping = suggestColumns(table.headers, table.records);
  const mapped = mapComplaints(table, { ...mapping, received: mapping.received ?? 'Date' }, 'both');
  return mapped.rows.map((row) => ({ ...row, importId: 'import-1', topicChosen: false }));
}

function expectStorable(rows: ReturnType<typeof storedRows>): void {
  for (const row of rows) {
    const checked = complaintRowSchema.safeParse(row);
    expect(checked.success, `row ${row.row}: ${checked.error?.message ?? ''}`).toBe(true);
  }
}

describe('rows mapped from a file', () => {
  it.each([
    'bom-quoted-newlines.csv',
    'comma-month-first.csv',
    'dates-only.csv',
    'iso-date-only.csv',
    'midnight-times.csv',
    'semicolon-day-first.csv',
    'tab-iso.csv',
    'time-column-24-hour.csv',
    'time-column-am-pm.csv',
  ])('pass the stored row schema: %s', (name) => {
    const rows = storedRows(readFixture(name));
    expect(rows.length).toBeGreaterThan(0);
    expectStorable(rows);
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('3/14/2026 2:05 PM', '31/1/2026', '2026-02-29', '12/31/99 23:59', '  '),
    fc.string({ minLength: 490, maxLength: 5100 }),
  );
  const quoted = (text: string) => `"${text.replaceAll('"', '""').replaceAll('\u0000', '')}"`;

  test.prop([fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 8 })], {
    numRuns: 150,
  })('pass the stored row schema whatever the cells hold', (records) => {
    const lines = records.map((cells) => cells.map(quoted).join(','));
    const text = ['Date,Responded,Category,Description', ...lines].join('\n');
    let rows: ReturnType<typeof storedRows>;
    try {
      rows = storedRows(text);
    } catch {
      // A file the reader refuses stores nothing.
      return;
    }
    expectStorable(rows);
  });
});
