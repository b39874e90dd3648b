import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSpanishWording, migrate, migrations } from '../../src/main/store/migrations';
import { readApprovedVersion } from '../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../src/main/services/records';
import { workbookSchema } from '../../src/shared/domain/workbook';
import { spanishAdded } from '../support/spanish-added';

/**
 * The `data` of a real format-10 file, written by the format-10 app itself, not by hand: a git
 * worktree of commit 297ec98 (the last format-10 commit), with this repository's node_modules
 * linked in, ran a tsx script that copied v9-valid.json into a temp folder, opened it with that
 * commit's openStore (clock fixed at 2028-02-03 noon), which migrated it to format 10 and saved
 * it, and logged one planned outage with that commit's `outages:save` handler (January 12, 2028,
 * 09:30 to 13:45, 48 hours of notice, 36 customers, note "Valve replacement on Calle Ortiz &
 * Main"). The data file it saved was copied to tests/fixtures/store/v10-valid.json unchanged.
 */
function v10Data(): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store/v10-valid.json'), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

describe('format 10 → 11 (the Spanish wording)', () => {
  it('is the step from format 10 to format 11', () => {
    expect(addSpanishWording.from).toBe(10);
    expect(migrations).toContain(addSpanishWording);
  });

  it('gives every working goal and the mission empty Spanish wording, and keeps everything else', () => {
    const before = v10Data();
    expect(addSpanishWording.up(before)).toEqual(spanishAdded(before));
    const migrated = workbookSchema.parse(migrate(before, 10, migrations));
    expect(migrated.goals.map((goal) => [goal.id, goal.spanish])).toEqual(
      ['g-breaks', 'g-loss', 'g-pressure'].map((id) => [
        id,
        { statement: '', measure: '', unit: '' },
      ]),
    );
    expect(migrated.scope.value.missionSpanish).toBe('');
    expect(migrated.scope.value.mission).toBe(
      'Cedar Flats provides safe, reliable water to its members at a fair price.',
    );
    // The records of the year are not wording: they are kept as they were.
    expect(migrated.tracking.actuals).toHaveLength(3);
    expect(migrated.tracking.outages.map((outage) => outage.note)).toEqual([
      'Valve replacement on Calle Ortiz & Main',
    ]);
  });

  it('gives each follow-up for the report card an empty Spanish text, its English kept', () => {
    const before = v10Data();
    const tracking = before.tracking as Record<string, unknown>;
    const followUp = {
      id: 'f1',
      revision: 5,
      goalId: 'g-pressure',
      year: 2027,
      text: 'We will replace the hill’s pressure valve & check it weekly.',
      recordedAt: '2028-02-03T12:00:00.000Z',
    };
    const withFollowUp = { ...before, tracking: { ...tracking, followUps: [followUp] } };
    const migrated = workbookSchema.parse(migrate(withFollowUp, 10, migrations));
    expect(migrated.tracking.followUps).toEqual([{ ...followUp, textSpanish: '' }]);
    expect(addSpanishWording.up(withFollowUp)).toEqual(spanishAdded(withFollowUp));
  });

  it('leaves the approvals in snapshot formats 1 to 5 byte for byte, and each still reads', () => {
    const before = v10Data();
    const after = addSpanishWording.up(before) as Record<string, unknown>;
    expect(JSON.stringify(after.approvals)).toBe(JSON.stringify(before.approvals));
    const migrated = workbookSchema.parse(migrate(before, 10, migrations));
    expect(migrated.approvals.map((stored) => stored.snapshotFormat)).toEqual([1, 2, 3, 4, 5]);
    for (const stored of migrated.approvals) {
      const read = readApprovedVersion(stored, sha256Hex);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(read.version.content.scope.missionSpanish).toBe('');
      for (const goal of read.version.content.goals) {
        expect(goal.spanish).toEqual({ statement: '', measure: '', unit: '' });
      }
    }
  });

  it('does not change the data it was given, and passes odd data through for validation', () => {
    const before = v10Data();
    const copy = structuredClone(before);
    addSpanishWording.up(before);
    expect(before).toEqual(copy);
    for (const odd of [null, 'text', 3, [1, 2]]) {
      expect(addSpanishWording.up(odd)).toBe(odd);
    }
    // A goal list or scope of the wrong shape is left for the schema to refuse, not repaired.
    expect(addSpanishWording.up({ goals: 'none', scope: 4 })).toEqual({ goals: 'none', scope: 4 });
  });
});
