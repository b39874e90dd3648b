import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addOutagesAndReviews, migrate, migrations } from '../../src/main/store/migrations';
import { readApprovedVersion } from '../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../src/main/services/records';
import { workbookSchema } from '../../src/shared/domain/workbook';
import { outagesAdded } from '../support/outages-added';

/**
 * The `data` of a real format-9 file, written by the format-9 app itself, not by hand: commit
 * 70267e1 was extracted with `git archive` into a scratch folder, where a vitest test opened a copy
 * of v8-valid.json with that commit's handlers (approvedV8Folder, clock fixed at 2028-02-03 noon),
 * which migrated it to format 9, and recorded three results against revision 5 with
 * tracking:saveActuals: g-loss 1 for 2027-11 and 0 for 2027-12 (note "Quiet month & no calls"),
 * g-breaks 14.5 for 2027-12. The data file it saved was copied to
 * tests/fixtures/store/v9-valid.json unchanged.
 */
function v9Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v9-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

describe('format 9 → 10 (the outage log, the annual review, follow-ups)', () => {
  it('is the step from format 9 to format 10', () => {
    expect(addOutagesAndReviews.from).toBe(9);
    expect(migrations).toContain(addOutagesAndReviews);
  });

  it('adds empty logs and keeps every result and everything else', () => {
    const before = v9Data();
    expect(addOutagesAndReviews.up(before)).toEqual(outagesAdded(before));
    const migrated = workbookSchema.parse(migrate(before, 9, migrations));
    expect(
      migrated.tracking.actuals.map(({ goalId, period, value }) => [goalId, period, value]),
    ).toEqual([
      ['g-loss', '2027-11', 1],
      ['g-loss', '2027-12', 0],
      ['g-breaks', '2027-12', 14.5],
    ]);
    expect(migrated.tracking.actuals[1]!.note).toBe('Quiet month & no calls');
    expect(migrated.tracking).toMatchObject({ outages: [], reviews: [], followUps: [] });
  });

  it('leaves the approvals byte for byte, and each still reads', () => {
    const before = v9Data();
    const after = addOutagesAndReviews.up(before) as Record<string, unknown>;
    expect(JSON.stringify(after.approvals)).toBe(JSON.stringify(before.approvals));
    const migrated = workbookSchema.parse(migrate(before, 9, migrations));
    for (const stored of migrated.approvals) {
      expect(readApprovedVersion(stored, sha256Hex).ok).toBe(true);
    }
  });

  it('does not change the data it was given, and passes odd data through for validation', () => {
    const before = v9Data();
    const copy = structuredClone(before);
    addOutagesAndReviews.up(before);
    expect(before).toEqual(copy);
    for (const odd of [null, 'text', 3, [1, 2], { tracking: 'none' }]) {
      expect(addOutagesAndReviews.up(odd)).toBe(odd);
    }
  });
});
