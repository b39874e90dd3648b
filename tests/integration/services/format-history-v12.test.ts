import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { blankEntryFields } from '../../../src/shared/domain/customers/feedback-entry';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { backedUpDataFiles } from '../../support/backup-texts';
import { exampleMarkAdded } from '../../support/example-mark-added';
import { handlerFolder } from './handler-folder';

// How the fixture was made: see migration-card-answers.test.ts.
const fixture = join(import.meta.dirname, '../../fixtures/store/v12-valid.json');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown> & {
    approvals: StoredApproval[];
    customers: { entries: Record<string, unknown>[] };
  };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

const opened = (label: string) =>
  handlerFolder(label, async (dir) =>
    writeFile(join(dir, 'los-builder.json'), await readFile(fixture, 'utf8')),
  );

const noCardAnswers = { ratings: {}, problems: [], priorities: {}, contact: [], importance: {} };

describe('a data folder from format 12 (before every question of the card)', () => {
  it('opens with every card given no answer to the new questions, and nothing else changed', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir } = await opened('format-v12');
    const saved = JSON.parse(original) as Envelope;
    expect(saved.schemaVersion).toBe(12);
    expect(await backedUpDataFiles(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    const { customers, ...rest } = migrated.data;
    const { customers: savedCustomers, ...savedRest } = saved.data;
    expect(rest).toEqual(exampleMarkAdded(savedRest));
    expect(customers.entries).toEqual(
      savedCustomers.entries.map((entry) => ({ ...entry, ...noCardAnswers })),
    );
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    for (const approval of saved.data.approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }
  });

  it('takes a card with every question answered, and keeps it after a restart', async () => {
    const folder = await opened('format-v12-card');
    const view = await folder.handlers['customers:get'](undefined);
    const card = {
      ...blankEntryFields('pressure'),
      said: 'Pressure & taste "fine" < last year',
      satisfaction: 4 as const,
      ratings: { taste: 'dont-know' as const, pressure: 2 as const },
      problems: ['low-pressure' as const, 'billing' as const],
      priorities: { reliable: 1, affordable: 2 },
      contact: ['text' as const],
      importance: { 'goal:g-pressure': 'very' as const },
    };
    await folder.handlers['customers:addEntry']({
      outreachId: view.records.outreaches[0]!.id,
      fields: card,
    });
    const again = await (await folder.reopen())['customers:get'](undefined);
    expect(again.records.entries.at(-1)).toMatchObject(card);
  });
});
