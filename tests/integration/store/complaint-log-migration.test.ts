import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMidnightsAsDates } from '../../../src/main/store/complaint-log-migrations';
import { complaintLogSchemaVersion } from '../../../src/main/store/complaint-log-codec';
import type { ComplaintLog } from '../../../src/shared/domain/customers/complaint-log';
import { handlerFolder } from '../services/handler-folder';

const fixtures = join(import.meta.dirname, '../../fixtures');
const v1Log = join(fixtures, 'store/complaint-log-v1.json');

interface Envelope {
  schemaVersion: number;
  data: ComplaintLog;
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Envelope;

describe('complaint-log.json from format 1', () => {
  it('reads an export’s 00:00 times as dates, keeps real times and keys, and saves format 2 at the next change', async () => {
    const old = await readJson(v1Log);
    const { dir, handlers } = await handlerFolder('complaint-log-v1', (dir) =>
      copyFile(v1Log, join(dir, 'complaint-log.json')),
    );
    const rows = await handlers['complaints:rows'](undefined);
    expect(rows.map((row) => row.key)).toEqual(old.data.rows.map((row) => row.key));
    // access-export.csv wrote every date as "3/2/2026 0:00": nobody recorded those times.
    expect(rows.slice(0, 2).map((row) => [row.received, row.responded, row.resolved])).toEqual([
      ['2026-03-02', '2026-03-02', '2026-03-04'],
      ['2026-03-05', '2026-03-06', ''],
    ]);
    // complaints-2026.csv has real times: untouched.
    expect(rows.slice(2)).toEqual(old.data.rows.slice(2));
    const { complaints } = await handlers['customers:get'](undefined);
    const pressure = complaints.byTopic.find((stats) => stats.topic === 'pressure');
    expect(pressure?.resolved).toEqual({ count: 2, medianHours: 24, p90Hours: 48, unit: 'days' });

    // Read, not rewritten: the file changes only when the log does.
    expect((await readJson(join(dir, 'complaint-log.json'))).schemaVersion).toBe(1);
    const midnightCsv = await readFile(join(fixtures, 'complaints/midnight-times.csv'), 'utf8');
    const { preview } = await handlers['complaints:open']({
      fileName: 'access-export.csv',
      csvText: midnightCsv,
    });
    // The same export imported again is recognised, row by row.
    expect(preview).toMatchObject({ newRows: 0, alreadyImported: 2 });
    const [first] = rows;
    await handlers['complaints:setTopic']({ key: first!.key, topic: 'outages' });
    const saved = await readJson(join(dir, 'complaint-log.json'));
    expect(saved.schemaVersion).toBe(complaintLogSchemaVersion);
    expect(saved.data.rows[0]).toMatchObject({ received: '2026-03-02', topic: 'outages' });
  });

  it('is a pure step: leaves its input alone, and passes through what is not a log', () => {
    const data = {
      imports: [],
      rows: [
        { importId: 'a', received: '2026-03-02T00:00', responded: '', resolved: '' },
        { importId: 'a', received: '2026-03-03', responded: '', resolved: '' },
        { importId: 'b', received: '2026-03-02T00:00', responded: '2026-03-02T08:00' },
        { importId: 'b', received: '2026-03-04T09:30', responded: '2026-03-04T00:00' },
      ],
    };
    const before = structuredClone(data);
    expect(readMidnightsAsDates.up(data)).toEqual({
      imports: [],
      rows: [
        { importId: 'a', received: '2026-03-02', responded: '', resolved: '' },
        data.rows[1],
        // Import b's received times are not all 00:00; its responded ones are not either.
        data.rows[2],
        data.rows[3],
      ],
    });
    expect(data).toEqual(before);
    expect(readMidnightsAsDates.up(null)).toBeNull();
    expect(readMidnightsAsDates.up({ rows: 'x' })).toEqual({ rows: 'x' });
  });
});
