import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStandIn, migrate, migrations } from '../../src/main/store/migrations';
import { readApprovedVersion } from '../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../src/main/services/records';
import { workbookSchema } from '../../src/shared/domain/workbook';
import { standInAdded } from '../support/stand-in-added';

/**
 * The `data` of a real format-7 file, written by the format-7 app from v6-valid.json: revisions
 * 1 to 4 approved in snapshot formats 1 to 4, revision 5 being drafted (see
 * format-history-v7.test.ts for how it was made).
 */
function v7Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v7-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

describe('format 7 → 8 (who stands in)', () => {
  it('is the step from format 7 to format 8', () => {
    expect(addStandIn.from).toBe(7);
    expect(migrations).toContain(addStandIn);
  });

  it('names nobody to stand in on every working goal and keeps everything else', () => {
    const before = v7Data();
    expect((before.goals as unknown[]).length).toBe(3);
    expect(addStandIn.up(before)).toEqual(standInAdded(before));
  });

  it('leaves the approvals in snapshot formats 1 to 4 byte for byte, and each still reads', () => {
    const before = v7Data();
    const after = addStandIn.up(before) as Record<string, unknown>;
    expect(JSON.stringify(after.approvals)).toBe(JSON.stringify(before.approvals));
    const migrated = workbookSchema.parse(migrate(before, 7, migrations));
    expect(migrated.approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2, 3, 4]);
    for (const stored of migrated.approvals) {
      const read = readApprovedVersion(stored, sha256Hex);
      expect(read.ok).toBe(true);
      if (read.ok)
        expect(read.version.content.goals.every((goal) => goal.standIn === '')).toBe(true);
    }
    expect(migrated.goals.map((goal) => goal.standIn)).toEqual(['', '', '']);
  });

  it('does not change the data it was given', () => {
    const before = v7Data();
    const copy = structuredClone(before);
    addStandIn.up(before);
    expect(before).toEqual(copy);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2], { goals: 'none' }]) {
      expect(addStandIn.up(odd)).toBe(odd);
    }
  });
});
