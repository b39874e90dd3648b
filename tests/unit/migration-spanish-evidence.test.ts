import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSpanishEvidence, migrate, migrations } from '../../src/main/store/migrations';
import { workbookSchema } from '../../src/shared/domain/workbook';

/**
 * The `data` of a real format-11 file, written by the format-11 app itself, not by hand: this
 * repository's tree at commit df7548e (the last format-11 commit; the only uncommitted changes
 * then were message texts), in a vitest run of real handlers with the clock fixed
 * at 2028-02-03 noon, copied v10-valid.json into a temp folder and opened it with the real store
 * (which migrated it to format 11 and saved it), started revision 6, wrote goal g-pressure's
 * Spanish statement ("Mantener la presión en cada llave por encima de 35 psi"), recorded the
 * meeting of February 1, 2028 (resolution 2028-1) and approved revision 6, in snapshot format 6
 * with its evidence lines in English only. The data file it saved was copied to
 * tests/fixtures/store/v11-valid.json unchanged.
 */
function v11Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v11-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

describe('format 11 → 12 (the evidence in Spanish)', () => {
  it('is the step from format 11', () => {
    expect(migrations).toContain(addSpanishEvidence);
    expect(addSpanishEvidence.from).toBe(11);
  });

  it('changes nothing: the working records and every approval stay as they were', () => {
    const before = v11Data();
    const copy = structuredClone(before);
    expect(addSpanishEvidence.up(before)).toEqual(copy);
    expect(before).toEqual(copy);
    const workbook = workbookSchema.parse(migrate(before, 11, migrations));
    expect(workbook.approvals.map((approval) => approval.snapshotFormat)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });
});
