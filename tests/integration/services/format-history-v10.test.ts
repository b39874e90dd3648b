import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import {
  currentSnapshotFormat,
  type StoredApproval,
} from '../../../src/shared/domain/approved/stored-approval';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { boardMeeting } from '../../support/approval-sample';
import { backedUpDataFiles } from '../../support/backup-texts';
import { readIntact } from '../../support/read-intact';
import { spanishAdded } from '../../support/spanish-added';
import { february3, handlerFolder } from './handler-folder';
import { cardAnswersAdded } from '../../support/card-answers-added';
import { exampleMarkAdded } from '../../support/example-mark-added';

// How the fixture was made: see migration-spanish.test.ts.
const fixture = join(import.meta.dirname, '../../fixtures/store/v10-valid.json');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown>;
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

const opened = (label: string) =>
  handlerFolder(
    label,
    async (dir) => writeFile(join(dir, 'los-builder.json'), await readFile(fixture, 'utf8')),
    february3,
  );

describe('a data folder from format 10 (before the Spanish wording)', () => {
  it('opens with its results and outages kept, the old file backed up and every fingerprint matching', async () => {
    const original = await readFile(fixture, 'utf8');
    const { dir, handlers, reopen } = await opened('format-v10');
    const saved = JSON.parse(original) as Envelope;
    expect(saved.schemaVersion).toBe(10);
    expect(await backedUpDataFiles(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(exampleMarkAdded(cardAnswersAdded(spanishAdded(saved.data))));
    // What the board approved is kept byte for byte, so each fingerprint still matches.
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    const approvals = saved.data.approvals as StoredApproval[];
    expect(approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2, 3, 4, 5]);
    for (const approval of approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
      // Each reads with nothing written in Spanish.
      const { content } = readIntact(approval);
      expect(content.scope.missionSpanish).toBe('');
      expect(content.goals.every((goal) => goal.spanish.statement === '')).toBe(true);
    }

    const view = await handlers['approval:get'](undefined);
    expect(view.problems).toEqual([]);
    expect(view.versions.map(({ revision, problem }) => ({ revision, problem }))).toEqual(
      [1, 2, 3, 4, 5].map((revision) => ({ revision, problem: null })),
    );
    const tracking = await handlers['tracking:get'](undefined);
    expect(tracking.problem).toBeNull();
    expect(tracking.inForce?.revision).toBe(5);
    const results = tracking.areas
      .flatMap((area) => area.goals)
      .flatMap((goal) =>
        goal.actuals.map((actual) => `${goal.id} ${actual.period} ${actual.value}`),
      );
    expect(results.sort()).toEqual([
      'g-breaks 2027-12 14.5',
      'g-loss 2027-11 1',
      'g-loss 2027-12 0',
    ]);
    const outages = await handlers['outages:list'](undefined);
    expect(outages.map((outage) => outage.note)).toEqual([
      'Valve replacement on Calle Ortiz & Main',
    ]);
    expect((await handlers['app:status'](undefined)).notices).toEqual([]);

    const again = await reopen();
    expect((await again['approval:get'](undefined)).versions).toEqual(view.versions);
  });

  it('takes Spanish wording in a new revision and approves it in the current snapshot format, fingerprinted', async () => {
    const { dir, handlers, reopen } = await opened('format-v10-spanish');
    await handlers['approval:newRevision'](undefined);
    const breaks = (await handlers['goals:list'](undefined)).find(
      (goal) => goal.id === 'g-breaks',
    )!;
    const { id, rev, ...fields } = breaks;
    const spanish = {
      statement: 'Nuestras tuberías principales casi nunca se rompen ni tienen fugas.',
      measure: 'Roturas por cada 100 millas de tubería principal',
      unit: '',
    };
    await handlers['goals:update']({ id, rev, fields: { ...fields, spanish } });
    const scope = await handlers['scope:get'](undefined);
    const missionSpanish = 'Cedar Flats da agua segura y confiable a sus socios a un precio justo.';
    await handlers['scope:save']({ rev: scope.rev, value: { ...scope.value, missionSpanish } });
    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: boardMeeting({
        date: '2028-02-01',
        resolutionNumber: '2028-1',
        minutesExcerpt: 'Motion to adopt revision 6, in English and Spanish. Carried.',
      }),
    });
    expect((await handlers['approval:get'](undefined)).blockers).toEqual([]);
    await handlers['approval:approve'](undefined);

    const again = await reopen();
    const stored = (await onDisk(dir)).data.approvals as StoredApproval[];
    expect(stored.map((approval) => approval.snapshotFormat)).toEqual([
      1,
      2,
      3,
      4,
      5,
      currentSnapshotFormat,
    ]);
    const newest = stored[5]!;
    expect(await computeFingerprint(newest)).toBe(newest.fingerprint);
    const approved = readIntact(newest).content;
    expect(approved.scope.missionSpanish).toBe(missionSpanish);
    expect(approved.goals.find((goal) => goal.id === id)?.spanish).toEqual(spanish);
    // The stored snapshot holds the wording itself, so the fingerprint covers it.
    expect(JSON.stringify(newest.content)).toContain(spanish.statement);
    expect((await again['approval:get'](undefined)).problems).toEqual([]);
  });
});
