import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addExampleMark, migrate, migrations } from '../../src/main/store/migrations';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import { workbookSchema } from '../../src/shared/domain/workbook';

/**
 * The `data` of a real format-13 file, written by the format-13 app itself, not by hand: this
 * repository's tree at commit a3713e8 (the last format-13 commit), in a vitest run of real
 * handlers with the clock fixed at 2028-04-10 noon, copied v12-valid.json into a temp folder and
 * opened it with the real store (which migrated it to format 13 and saved it), then typed one
 * card under the second annual meeting with the card's other questions answered (taste 3,
 * pressure 2, low pressure marked, reliable then affordable, reach by text), what was said
 * holding `&`, `"` and `<`, and a private name with accents (Inés Zúñiga). The data file it
 * saved was copied to tests/fixtures/store/v13-valid.json, its JSON only laid out by Prettier.
 */
function v13Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v13-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

describe('format 13 → 14 (the example utility is marked)', () => {
  it('is the step to the current format', () => {
    expect(currentSchemaVersion).toBe(14);
    expect(migrations.at(-1)).toBe(addExampleMark);
    expect(addExampleMark.from).toBe(13);
  });

  it('marks the workbook a real utility’s and changes nothing else', () => {
    const before = v13Data();
    const copy = structuredClone(before);
    const migrated = migrate(before, 13, migrations);
    expect(before).toEqual(copy);
    expect(migrated).toEqual({ ...copy, example: false });
    const workbook = workbookSchema.parse(migrated);
    expect(workbook.example).toBe(false);
    expect(workbook.customers.entries.at(-1)).toMatchObject({
      name: 'Inés Zúñiga',
      ratings: { taste: 3, pressure: 2 },
    });
    expect(workbook.approvals.map((approval) => approval.snapshotFormat)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('passes on what is not a workbook for validation to refuse', () => {
    expect(addExampleMark.up(null)).toBeNull();
    expect(addExampleMark.up([1])).toEqual([1]);
  });
});
