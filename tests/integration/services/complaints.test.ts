import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { smallComplaintLog, smallLogMapping } from '../../support/customer-sample';
import { importComplaintCsv } from '../../support/import-complaint-csv';
import { handlerFolder } from './handler-folder';
import { english } from '../../support/english-said';

const fileLetGoMessage =
  'This complaint file is no longer open in LOS Builder: a file is let go after 15 minutes unused, or when another file is chosen. Choose the file again.';

const file = (csvText: string, fileName = 'complaints.csv') => ({ fileName, csvText });
const logOnDisk = (dir: string) => readFile(join(dir, 'complaint-log.json'));
const small = { ...file(smallComplaintLog), mapping: smallLogMapping };

describe('complaints:open and complaints:preview', () => {
  it('suggests the columns, shows the first rows with topics, and stores nothing', async () => {
    const { dir, handlers } = await handlerFolder('complaints-preview');
    const { preview } = await handlers['complaints:open'](file(smallComplaintLog));
    expect(preview).toMatchObject({
      delimiter: ',',
      mapping: smallLogMapping,
      mappingProblems: [],
      rowCount: 3,
      problems: [],
      problemCount: 0,
      newRows: 3,
      alreadyImported: 0,
    });
    expect(preview.sample[0]).toEqual({
      row: 2,
      received: '2026-03-14T09:15',
      responded: '2026-03-14T11:00',
      resolved: '2026-03-15T08:00',
      category: 'Low pressure',
      description: 'Pressure drops every evening',
      location: '12 Elm St',
      topic: 'pressure',
    });
    expect(preview.sample.map((row) => row.topic)).toEqual([
      'pressure',
      'billing',
      'water-quality',
    ]);
    expect(await handlers['complaints:rows'](undefined)).toEqual([]);
    expect(await readdir(dir)).not.toContain('complaint-log.json');
  });

  it('says why a mapping cannot be used yet, without checking rows', async () => {
    const { handlers } = await handlerFolder('complaints-preview-mapping');
    const { fileId } = await handlers['complaints:open'](file(smallComplaintLog));
    const preview = await handlers['complaints:preview']({
      fileId,
      mapping: { ...smallLogMapping, received: null, category: 'Fecha' },
    });
    expect(preview.mappingProblems.map(english)).toEqual([
      'Date received: choose the column that holds the date each complaint came in.',
      "Category: the file has no column called 'Fecha'; choose one of its columns.",
    ]);
    expect(preview).toMatchObject({ sample: [], problemCount: 0, newRows: 0 });
  });
});

describe('an open complaint file', () => {
  it('imports with the columns last chosen, then lets the file go', async () => {
    const { handlers } = await handlerFolder('complaints-open-file');
    const { fileId, preview } = await handlers['complaints:open'](file(smallComplaintLog));
    expect(preview.sample.map((row) => row.topic)).toEqual([
      'pressure',
      'billing',
      'water-quality',
    ]);
    const mapping = { ...smallLogMapping, category: null, location: null };
    const changed = await handlers['complaints:preview']({ fileId, mapping });
    expect(changed.sample.map((row) => [row.category, row.location])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(await handlers['complaints:import']({ fileId, mapping })).toMatchObject({ added: 3 });
    const rows = await handlers['complaints:rows'](undefined);
    expect(rows.map((row) => [row.category, row.description])).toEqual([
      ['', 'Pressure drops every evening'],
      ['', 'Bill too high'],
      ['', 'Brown water from tap'],
    ]);
    const letGo = {
      code: 'conflict',
      message: fileLetGoMessage,
      fields: { fileId: fileLetGoMessage },
    };
    await expect(handlers['complaints:import']({ fileId, mapping })).rejects.toMatchObject(letGo);
    await expect(handlers['complaints:preview']({ fileId, mapping })).rejects.toMatchObject(letGo);
  });

  it('keeps one file open: choosing another lets the first go', async () => {
    const { handlers } = await handlerFolder('complaints-other-file');
    const first = await handlers['complaints:open'](file(smallComplaintLog, 'marzo.csv'));
    const other = 'Fecha,Tipo\n2026-05-01,Fuga';
    const second = await handlers['complaints:open'](file(other, 'mayo.csv'));
    expect(second.preview.headers).toEqual(['Fecha', 'Tipo']);
    await expect(
      handlers['complaints:preview']({ fileId: first.fileId, mapping: smallLogMapping }),
    ).rejects.toMatchObject({ code: 'conflict', message: fileLetGoMessage });
    const result = await handlers['complaints:import']({
      fileId: second.fileId,
      mapping: {
        ...smallLogMapping,
        ...second.preview.mapping,
        received: 'Fecha',
        category: 'Tipo',
      },
    });
    expect(result.summary.imports).toMatchObject([{ fileName: 'mayo.csv', rows: 1 }]);
  });

  it('keeps the file open after a refused import, so other columns can be tried', async () => {
    const { handlers } = await handlerFolder('complaints-refused-stays-open');
    const { fileId } = await handlers['complaints:open'](file(smallComplaintLog));
    await expect(
      handlers['complaints:import']({
        fileId,
        mapping: { ...smallLogMapping, received: 'Category' },
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await handlers['complaints:import']({ fileId, mapping: smallLogMapping })).toMatchObject(
      {
        added: 3,
      },
    );
  });
});

describe('complaints:import', () => {
  it('imports every row, counts them in step 4, and keeps them across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('complaints-import');
    const result = await importComplaintCsv(handlers, small);
    expect(result).toMatchObject({ added: 3, alreadyImported: 0 });
    expect(result.summary).toMatchObject({
      total: 3,
      firstReceived: '2026-03-14T09:15',
      lastReceived: '2026-03-20T14:00',
      imports: [{ fileName: 'complaints.csv', rows: 3 }],
    });
    const pressure = result.summary.byTopic.find((stats) => stats.topic === 'pressure');
    expect(pressure?.responded).toMatchObject({ count: 1, medianHours: 1.75 });
    expect((await handlers['customers:get'](undefined)).complaints).toEqual(result.summary);

    const again = await reopen();
    const rows = await again['complaints:rows'](undefined);
    expect(rows.map((row) => [row.row, row.topic, row.topicChosen])).toEqual([
      [2, 'pressure', false],
      [3, 'billing', false],
      [4, 'water-quality', false],
    ]);
    expect(new Set(rows.map((row) => row.importId))).toEqual(
      new Set(result.summary.imports.map((entry) => entry.id)),
    );
  });

  it('adds nothing when the same file is imported twice, and only the new rows of a longer file', async () => {
    const { dir, handlers } = await handlerFolder('complaints-twice');
    await importComplaintCsv(handlers, small);
    const saved = await logOnDisk(dir);
    const second = await importComplaintCsv(handlers, { ...small, fileName: 'same again.csv' });
    expect(second).toMatchObject({ added: 0, alreadyImported: 3 });
    expect(second.summary.imports).toHaveLength(1);
    expect((await logOnDisk(dir)).equals(saved)).toBe(true);

    const longer = `${smallComplaintLog}\n4/1/2026 8:00,4/1/2026 9:00,,Leak,Leak at the meter,2 Elm St`;
    const third = await importComplaintCsv(handlers, { ...small, csvText: longer });
    expect(third).toMatchObject({ added: 1, alreadyImported: 3 });
    expect(third.summary.total).toBe(4);
  });

  it('keeps two identical rows of one file, and still adds nothing on a second import', async () => {
    const { handlers } = await handlerFolder('complaints-duplicates');
    const [, firstRow] = smallComplaintLog.split('\n');
    const doubled = `${smallComplaintLog}\n${firstRow}`;
    expect(await importComplaintCsv(handlers, { ...small, csvText: doubled })).toMatchObject({
      added: 4,
    });
    expect(await importComplaintCsv(handlers, { ...small, csvText: doubled })).toMatchObject({
      added: 0,
      alreadyImported: 4,
    });
  });

  it('imports nothing from a file with bad rows, naming the first problem', async () => {
    const { dir, handlers } = await handlerFolder('complaints-bad-rows');
    const broken = [
      smallComplaintLog,
      '2/30/2026,3/21/2026,,Leak,Leak,1 Elm St',
      '4/2/2026 10:00,4/1/2026 9:00,,Leak,Answered before it came in,1 Elm St',
    ].join('\n');
    await expect(importComplaintCsv(handlers, { ...small, csvText: broken })).rejects.toEqual(
      expect.objectContaining({
        code: 'invalid-input',
        message:
          "The file has 2 problems, so nothing was imported. The first: row 5, column 'Date Received': '2/30/2026' is not a date; use a date such as 3/14/2026 or 2026-03-14.",
      }),
    );
    expect(await handlers['complaints:rows'](undefined)).toEqual([]);
    expect(await readdir(dir)).not.toContain('complaint-log.json');
    expect((await handlers['customers:get'](undefined)).complaints).toEqual(emptyComplaintSummary);
  });

  it('stores a file name cleaned like typed text, without control or direction characters', async () => {
    const { handlers } = await handlerFolder('complaints-file-name');
    const dispatch = createDispatcher(handlers, { checkOutputs: true });
    // A right-to-left override shows "complaints.csv" for a name stored as "complaints\u202Evsc.csv".
    const opened = await dispatch('complaints:open', {
      fileName: ' quejas\u202Evsc.csv\u0007 ',
      csvText: smallComplaintLog,
    });
    expect(opened).toMatchObject({ ok: true });
    const { fileId } = (opened as { value: { fileId: string } }).value;
    expect(await dispatch('complaints:import', { fileId, mapping: smallLogMapping })).toMatchObject(
      {
        ok: true,
        value: { summary: { imports: [{ fileName: 'quejasvsc.csv', rows: 3 }] } },
      },
    );
  });

  it('refuses a file that is not a CSV log, naming the file field', async () => {
    const { handlers } = await handlerFolder('complaints-not-csv');
    const dispatch = createDispatcher(handlers, { checkOutputs: true });
    const binary = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3);
    for (const [csvText, message] of [
      ['', 'The file is empty.'],
      ['\uFEFF  \n\n', 'The file is empty.'],
      [binary, 'This is not a text CSV file (it holds binary data).'],
      [
        'Date,Date\n3/14/2026,3/15/2026',
        "The first row must name the columns; two columns are both called 'Date'.",
      ],
    ] as const) {
      expect(await dispatch('complaints:open', file(csvText)), message).toEqual({
        ok: false,
        error: { code: 'invalid-input', message, fields: { csvText: message } },
      });
    }
    expect(await handlers['complaints:rows'](undefined)).toEqual([]);
  });

  it('refuses a 30 MB file with a clear message, before reading it', async () => {
    const { handlers } = await handlerFolder('complaints-huge');
    const line =
      '3/14/2026 9:15,3/14/2026 11:00,,Low pressure,Pressure drops every evening,12 Elm St\n';
    const huge = `${smallComplaintLog.split('\n')[0]}\n${line.repeat(Math.ceil((30 * 1024 * 1024) / line.length))}`;
    const message =
      'The file is larger than 20 MB, the most LOS Builder reads at once. Split it by year and import each part.';
    const refused = { code: 'invalid-input', message, fields: { csvText: message } };
    const dispatch = createDispatcher(handlers, { checkOutputs: true });
    expect(await dispatch('complaints:open', file(huge))).toEqual({ ok: false, error: refused });
    // The service checks again: it does not rely on its caller having used the contract.
    await expect(handlers['complaints:open'](file(huge))).rejects.toMatchObject(refused);
    expect(await handlers['complaints:rows'](undefined)).toEqual([]);
  });
});

describe('complaints:setTopic and complaints:removeImport', () => {
  it("keeps the user's topic, also when the same file is imported again", async () => {
    const { handlers, reopen } = await handlerFolder('complaints-topic');
    await importComplaintCsv(handlers, small);
    const [first] = await handlers['complaints:rows'](undefined);
    const changed = await handlers['complaints:setTopic']({ key: first!.key, topic: 'leaks' });
    expect(changed).toEqual({ ...first, topic: 'leaks', topicChosen: true });
    expect(await importComplaintCsv(handlers, small)).toMatchObject({ added: 0 });
    const again = await reopen();
    expect((await again['complaints:rows'](undefined))[0]).toEqual(changed);
    const { byTopic } = (await again['customers:get'](undefined)).complaints;
    expect(byTopic.map((stats) => stats.topic).sort()).toEqual([
      'billing',
      'leaks',
      'water-quality',
    ]);
    await expect(
      again['complaints:setTopic']({ key: 'f'.repeat(16), topic: 'leaks' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('no longer in the log') as string,
    });
  });

  it("removes one import's rows and keeps the others; the file can then be imported again", async () => {
    const { handlers } = await handlerFolder('complaints-remove');
    await importComplaintCsv(handlers, small);
    const other = 'Fecha,Tipo\n2026-05-01,Fuga\n2026-05-02,Factura';
    const mapping = {
      ...smallLogMapping,
      received: 'Fecha',
      responded: null,
      resolved: null,
      category: 'Tipo',
      description: null,
      location: null,
    };
    const second = await importComplaintCsv(handlers, { ...file(other, 'mayo.csv'), mapping });
    expect(second.summary.total).toBe(5);
    const [firstImport] = second.summary.imports;

    const summary = await handlers['complaints:removeImport']({ importId: firstImport!.id });
    expect(summary).toMatchObject({ total: 2, imports: [{ fileName: 'mayo.csv', rows: 2 }] });
    expect((await handlers['complaints:rows'](undefined)).map((row) => row.received)).toEqual([
      '2026-05-01',
      '2026-05-02',
    ]);
    await expect(
      handlers['complaints:removeImport']({ importId: firstImport!.id }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('no longer in the list') as string,
    });
    expect(await importComplaintCsv(handlers, small)).toMatchObject({ added: 3 });
  });
});
