import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import type { ComplaintRow } from '../../../src/shared/domain/customers/complaint-log';
import { importComplaintCsv } from '../../support/import-complaint-csv';
import { handlerFolder } from './handler-folder';
import { english } from '../../support/english-said';

const fixtures = join(import.meta.dirname, '../../fixtures/complaints');
/** A prepared file read as the renderer reads a chosen file: UTF-8 text, BOM kept. */
const fixture = (name: string) => readFile(join(fixtures, name), 'utf8');

interface Good {
  file: string;
  rows: number[];
  check: (rows: ComplaintRow[]) => void;
}

/** The formats of the issue: each imports whole with the suggested mapping (README.md there). */
const good: Good[] = [
  {
    file: 'comma-month-first.csv',
    rows: [2, 3, 4, 5],
    check: (rows) => {
      expect(rows[0]).toMatchObject({ received: '2026-03-02T08:15', resolved: '2026-03-03T16:00' });
      expect(rows[3]).toMatchObject({ category: '', topic: 'outages' });
    },
  },
  {
    file: 'semicolon-day-first.csv',
    rows: [2, 3, 4],
    check: (rows) => {
      expect(rows[0]).toMatchObject({ received: '2026-03-14T08:15', topic: 'pressure' });
      expect(rows[1]?.description).toBe('Agua turbia, color café');
    },
  },
  {
    file: 'tab-iso.csv',
    rows: [2, 3, 4],
    check: (rows) =>
      expect(rows[1]).toMatchObject({ received: '2026-03-04T13:05', topic: 'leaks' }),
  },
  {
    file: 'bom-quoted-newlines.csv',
    rows: [2, 3, 5],
    check: (rows) => {
      expect(rows[0]?.description).toBe(
        'Pressure drops every evening.\nSays it started "last week".',
      );
      expect(rows[0]?.received).toBe('2026-03-02');
    },
  },
  {
    file: 'iso-date-only.csv',
    rows: [3, 4, 6, 7],
    check: (rows) => expect(new Set(rows.map((row) => row.key)).size).toBe(4),
  },
];

describe.each(good)('the prepared file $file', ({ file, rows: expectedRows, check }) => {
  it('previews, imports every row, adds nothing the second time, and keeps them', async () => {
    const { handlers, reopen } = await handlerFolder('complaint-fixture');
    const csvText = await fixture(file);
    const { fileId, preview } = await handlers['complaints:open']({ fileName: file, csvText });
    expect(preview).toMatchObject({
      mappingProblems: [],
      problemCount: 0,
      newRows: expectedRows.length,
    });

    const first = await handlers['complaints:import']({ fileId, mapping: preview.mapping });
    expect(first).toMatchObject({ added: expectedRows.length, alreadyImported: 0 });
    const second = await importComplaintCsv(handlers, {
      fileName: file,
      csvText,
      mapping: preview.mapping,
    });
    expect(second).toMatchObject({ added: 0, alreadyImported: expectedRows.length });

    const rows = await (await reopen())['complaints:rows'](undefined);
    expect(rows.map((row) => row.row)).toEqual(expectedRows);
    check(rows);
  });
});

describe('the broken prepared files', () => {
  it.each([
    ['broken-empty.csv', 'The file is empty.'],
    ['broken-binary.xlsx', 'This is not a text CSV file (it holds binary data).'],
  ])('refuses %s with a clear message and stores nothing', async (file, message) => {
    const { dir, handlers } = await handlerFolder('complaint-broken');
    const dispatch = createDispatcher(handlers, { checkOutputs: true });
    const csvText = await fixture(file);
    const refused = {
      ok: false,
      error: { code: 'invalid-input', message, fields: { csvText: message } },
    };
    expect(await dispatch('complaints:open', { fileName: file, csvText })).toEqual(refused);
    expect(await readdir(dir)).not.toContain('complaint-log.json');
  });

  it('says a file without a date column cannot be imported, and refuses the import', async () => {
    const { dir, handlers } = await handlerFolder('complaint-missing-column');
    const csvText = await fixture('broken-missing-column.csv');
    const fileName = 'broken-missing-column.csv';
    const { fileId, preview } = await handlers['complaints:open']({ fileName, csvText });
    const message = 'Date received: choose the column that holds the date each complaint came in.';
    expect(preview.mappingProblems.map(english)).toEqual([message]);
    const result = await createDispatcher(handlers, { checkOutputs: true })('complaints:import', {
      fileId,
      mapping: preview.mapping,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message, fields: { 'mapping.received': message } },
    });
    expect(await readdir(dir)).not.toContain('complaint-log.json');
  });

  it('imports nothing from a file with bad dates and short rows, though one row is good', async () => {
    const { dir, handlers } = await handlerFolder('complaint-bad-dates');
    const csvText = await fixture('broken-bad-dates.csv');
    const fileName = 'broken-bad-dates.csv';
    const { fileId, preview } = await handlers['complaints:open']({ fileName, csvText });
    expect(preview).toMatchObject({ problemCount: 6, newRows: 1 });
    expect(preview.problems.map((problem) => problem.row)).toEqual([3, 4, 5, 6, 7, 7]);
    await expect(
      handlers['complaints:import']({ fileId, mapping: preview.mapping }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: `The file has 6 problems, so nothing was imported. The first: ${english(preview.problems[0]?.message)}`,
    });
    expect(await handlers['complaints:rows'](undefined)).toEqual([]);
    expect(await readdir(dir)).not.toContain('complaint-log.json');
  });
});
