import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { backedUpDataFiles } from '../../support/backup-texts';
import { handlerFolder } from './handler-folder';

// How the fixture was made: see migration-example-mark.test.ts.
const fixture = join(import.meta.dirname, '../../fixtures/store/v13-valid.json');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown> & { approvals: StoredApproval[] };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

describe('a data folder from format 13 (before the example utility was marked)', () => {
  it('opens as a real utility’s, keeps the old file in a backup, and changes nothing else', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers } = await handlerFolder('format-v13', async (folder) =>
      writeFile(join(folder, 'los-builder.json'), original),
    );
    const saved = JSON.parse(original) as Envelope;
    expect(saved.schemaVersion).toBe(13);
    expect(await backedUpDataFiles(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual({ ...saved.data, example: false });
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    for (const approval of saved.data.approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }
    const status = await handlers['app:status'](undefined);
    expect(status.utility).toMatchObject({ example: false });
  });
});
