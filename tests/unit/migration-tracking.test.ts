import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTracking, migrate, migrations } from '../../src/main/store/migrations';
import { readApprovedVersion } from '../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../src/main/services/records';
import { workbookSchema } from '../../src/shared/domain/workbook';
import { trackingAdded } from '../support/tracking-added';

/**
 * The `data` of a real format-8 file, written by the format-8 app itself, not by hand: commit
 * 851b105 was extracted with `git archive` into a scratch folder, where a vitest test opened a copy
 * of v7-valid.json with that commit's openStore and createHandlers (clock fixed at
 * 2027-06-01T12:00), which migrated it to format 8; it then named Pat Romero, relief operator, to
 * stand in on goal g-breaks, recorded revision 5's meeting of November 18, 2027 (resolution
 * 2027-12), approved it (snapshot format 5) and moved to the signed agreement. The data file it
 * saved was copied to tests/fixtures/store/v8-valid.json unchanged.
 */
function v8Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v8-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

describe('format 8 → 9 (actual results after the vote)', () => {
  it('is the step from format 8 to format 9', () => {
    expect(addTracking.from).toBe(8);
    expect(migrations).toContain(addTracking);
  });

  it('adds no results and keeps everything else', () => {
    const before = v8Data();
    expect(addTracking.up(before)).toEqual(trackingAdded(before));
  });

  it('leaves the approvals in snapshot formats 1 to 5 byte for byte, and each still reads', () => {
    const before = v8Data();
    const after = addTracking.up(before) as Record<string, unknown>;
    expect(JSON.stringify(after.approvals)).toBe(JSON.stringify(before.approvals));
    const migrated = workbookSchema.parse(migrate(before, 8, migrations));
    expect(migrated.approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2, 3, 4, 5]);
    for (const stored of migrated.approvals) {
      expect(readApprovedVersion(stored, sha256Hex).ok).toBe(true);
    }
    expect(migrated.tracking.actuals).toEqual([]);
  });

  it('does not change the data it was given', () => {
    const before = v8Data();
    const copy = structuredClone(before);
    addTracking.up(before);
    expect(before).toEqual(copy);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2]]) {
      expect(addTracking.up(odd)).toBe(odd);
    }
  });
});
