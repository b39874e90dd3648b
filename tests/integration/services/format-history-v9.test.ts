import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { backedUpDataFiles } from '../../support/backup-texts';
import { outagesAdded } from '../../support/outages-added';
import { spanishAdded } from '../../support/spanish-added';
import { february3, handlerFolder } from './handler-folder';
import { cardAnswersAdded } from '../../support/card-answers-added';
import { exampleMarkAdded } from '../../support/example-mark-added';

// How the fixture was made: see migration-outages.test.ts.
const fixture = join(import.meta.dirname, '../../fixtures/store/v9-valid.json');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown>;
}

describe('a data folder from format 9 (before the outage log and the annual review)', () => {
  it('opens with its results kept, the old file backed up and revision 5 still in force', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers, reopen } = await handlerFolder(
      'format-v9',
      (dir) => writeFile(join(dir, 'los-builder.json'), original),
      february3,
    );
    const saved = JSON.parse(original) as Envelope;
    expect(saved.schemaVersion).toBe(9);
    expect(await backedUpDataFiles(dir)).toContain(original);
    const migrated = JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(
      exampleMarkAdded(cardAnswersAdded(spanishAdded(outagesAdded(saved.data)))),
    );
    for (const approval of saved.data.approvals as StoredApproval[]) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }

    const view = await handlers['tracking:get'](undefined);
    expect(view.problem).toBeNull();
    expect(view.inForce?.revision).toBe(5);
    const results = view.areas
      .flatMap((area) => area.goals)
      .flatMap((goal) =>
        goal.actuals.map((actual) => `${goal.id} ${actual.period} ${actual.value}`),
      );
    expect(results.sort()).toEqual([
      'g-breaks 2027-12 14.5',
      'g-loss 2027-11 1',
      'g-loss 2027-12 0',
    ]);
    expect((await handlers['app:status'](undefined)).notices).toEqual([]);

    const again = await reopen();
    expect(await again['tracking:get'](undefined)).toEqual(view);
  });
});
