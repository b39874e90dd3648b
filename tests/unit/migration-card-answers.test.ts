import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCardAnswers, migrate, migrations } from '../../src/main/store/migrations';
import { workbookSchema } from '../../src/shared/domain/workbook';

/**
 * The `data` of a real format-12 file, written by the format-12 app itself, not by hand: this
 * repository's tree at commit eb199a4 (the last format-12 commit), in a vitest run of real
 * handlers with the clock fixed at 2028-03-06 noon, copied v11-valid.json into a temp folder and
 * opened it with the real store (which migrated it to format 12 and saved it), started revision
 * 7 and typed one card under the second annual meeting: billing, strong, satisfaction 2, a
 * 4-hour outage, 2 days' notice, +10%, what was said holding `&`, `"` and `<`, and a private
 * name with accents (José Núñez). The data file it saved was copied to
 * tests/fixtures/store/v12-valid.json, its JSON only laid out by Prettier (the store writes it
 * on one line).
 */
function v12Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v12-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

const noCardAnswers = { ratings: {}, problems: [], priorities: {}, contact: [], importance: {} };

describe('format 12 → 13 (every question of the survey card)', () => {
  it('is the step from format 12', () => {
    expect(migrations).toContain(addCardAnswers);
    expect(addCardAnswers.from).toBe(12);
  });

  it('gives every card no answer to the new questions and changes nothing else', () => {
    const before = v12Data();
    const copy = structuredClone(before);
    const migrated = addCardAnswers.up(before) as Record<string, unknown>;
    expect(before).toEqual(copy);
    const workbook = workbookSchema.parse(migrate(before, 12, migrations));
    expect(workbook.customers.entries).toHaveLength(6);
    const oldEntries = (copy.customers as { entries: Record<string, unknown>[] }).entries;
    workbook.customers.entries.forEach((entry, index) => {
      expect(entry).toEqual({ ...oldEntries[index], ...noCardAnswers });
    });
    const typed = workbook.customers.entries.at(-1)!;
    expect(typed.said).toBe('Bills & notices come late; "autopay" < promised');
    expect(typed.name).toBe('José Núñez');
    const { customers: _after, ...restAfter } = migrated;
    const { customers: _before, ...restBefore } = copy;
    expect(restAfter).toEqual(restBefore);
    expect(workbook.approvals.map((approval) => approval.snapshotFormat)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('gives each card answers of its own, not one shared object', () => {
    const migrated = migrate(v12Data(), 12, migrations) as {
      customers: { entries: { problems: string[] }[] };
    };
    const [first, second] = migrated.customers.entries;
    first!.problems.push('billing');
    expect(second!.problems).toEqual([]);
  });
});
