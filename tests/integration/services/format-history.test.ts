import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMeeting } from '../../../src/shared/domain/approval';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { UtilityHandlers } from '../../../src/main/handlers';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { currentSnapshotFormat } from '../../../src/shared/domain/approved/stored-approval';
import { emptyCustomerRecords } from '../../../src/shared/domain/customers/customer-records';
import { emptySewerSystem } from '../../../src/shared/domain/sewer-system';
import { backedUpDataFiles } from '../../support/backup-texts';
import { goalFields, handlerFolder } from './handler-folder';
import { recorded, type OldApproval } from '../../support/old-approval';
import { boardMeeting } from '../../support/approval-sample';
import { readIntact } from '../../support/read-intact';
import { sewerAdded } from '../../support/sewer-added';
import { nobodyStandingIn, standInAdded } from '../../support/stand-in-added';
import { outagesAdded } from '../../support/outages-added';
import { noSpanishWording, spanishAdded } from '../../support/spanish-added';
import { trackingAdded } from '../../support/tracking-added';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { cardAnswersAdded } from '../../support/card-answers-added';
import { exampleMarkAdded } from '../../support/example-mark-added';

const fixtures = join(import.meta.dirname, '../../fixtures/store');

interface Envelope {
  schemaVersion: number;
  data: Record<string, unknown>;
}

async function copyFixture(name: string, dir: string): Promise<string> {
  const text = await readFile(join(fixtures, name), 'utf8');
  await writeFile(join(dir, 'los-builder.json'), text);
  return text;
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

const backupTexts = backedUpDataFiles;

/** The revision still prints as approved: the agreement and both customer summaries. */
async function expectPrints(handlers: UtilityHandlers, revision: number): Promise<void> {
  const agreement = await handlers['export:agreementPdf']({ revision, language: 'en' });
  expect(agreement).toMatchObject({ status: 'download' });
  for (const language of ['en', 'es'] as const) {
    const summary = await handlers['export:customerSummaryPdf']({ revision, language });
    expect(summary).toMatchObject({ status: 'download' });
  }
}

/** What format 3 adds to an older workbook: a first draft, no meeting, nothing approved. */
const approvalAdded = {
  agreement: { revision: 1, status: 'draft' },
  meeting: { rev: 0, value: emptyMeeting },
  approvals: [],
};
/** What format 2 adds: the review settings with the floors every state had then. */
const reviewAdded = {
  floors: { 'minimum-pressure': 20, 'tier-1-notice': 24 },
  areaReasons: {},
};
/** What format 4 adds: step 4's records, empty. */
const customersAdded = { customers: emptyCustomerRecords() };
/** What format 6 does to the stored goals: the same goals, none marked a stretch. */
const unstretched = (goals: unknown) =>
  (goals as Record<string, unknown>[]).map((goal) => ({ ...goal, stretch: false }));

describe('a data folder from format 1 (before goals)', () => {
  it('opens, keeps the old file in a backup, is saved in the current format, and loses nothing', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v1', async (dir) => {
      original = await copyFixture('v1-valid.json', dir);
    });
    const old = JSON.parse(original) as Envelope;

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    const expected = spanishAdded(
      outagesAdded(
        trackingAdded(
          standInAdded(
            sewerAdded({
              ...old.data,
              goals: [],
              review: { rev: 0, value: reviewAdded },
              ...approvalAdded,
              ...customersAdded,
            }),
          ),
        ),
      ),
    );
    expect(migrated.data).toEqual(exampleMarkAdded(expected));
    expect(await handlers['utility:get'](undefined)).toEqual(old.data.utility);
    expect(await handlers['scope:get'](undefined)).toEqual(expected.scope);
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'scope' });

    // The migrated folder is an ordinary folder: goals can be added and kept.
    const goal = await handlers['goals:add']({ fields: goalFields('Meet every standard') });
    const again = await reopen();
    expect(await again['goals:list'](undefined)).toEqual([goal]);
    expect(await again['utility:get'](undefined)).toEqual(old.data.utility);
  });
});

describe('a data folder from format 2 (before approval)', () => {
  it('opens as a first draft, keeps the old file in a backup, and loses nothing', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v2', async (dir) => {
      original = await copyFixture('v2-valid.json', dir);
    });
    const old = JSON.parse(original) as Envelope;

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    const expected = spanishAdded(
      outagesAdded(
        trackingAdded(
          standInAdded(
            sewerAdded({
              ...old.data,
              ...approvalAdded,
              ...customersAdded,
              goals: unstretched(old.data.goals),
            }),
          ),
        ),
      ),
    );
    expect(migrated.data).toEqual(exampleMarkAdded(expected));

    expect(await handlers['goals:list'](undefined)).toEqual(
      noSpanishWording(nobodyStandingIn(unstretched(old.data.goals))),
    );
    expect((await handlers['review:get'](undefined)).settings).toEqual(expected.review);
    const approval = await handlers['approval:get'](undefined);
    expect(approval.agreement).toEqual({ revision: 1, status: 'draft' });
    expect(approval.meeting).toEqual({ rev: 0, value: emptyMeeting });
    expect(approval.versions).toEqual([]);

    // The board can go on to record its meeting, and it is kept.
    const meeting = { ...emptyMeeting, date: '2027-01-12', place: 'Community center' };
    await handlers['approval:saveMeeting']({ rev: 0, value: meeting });
    const again = await reopen();
    expect((await again['approval:get'](undefined)).meeting).toEqual({ rev: 1, value: meeting });
  });
});

describe('a data folder from format 3 (before step 4)', () => {
  it('opens with empty customer records, keeps the old file in a backup, and its approved version still matches its fingerprint', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v3', async (dir) => {
      original = await copyFixture('v3-valid.json', dir);
    });
    const saved = JSON.parse(original) as Envelope;
    const [version] = saved.data.approvals as OldApproval[];

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(
      exampleMarkAdded(
        cardAnswersAdded(
          spanishAdded(
            outagesAdded(
              trackingAdded(
                standInAdded(
                  sewerAdded({
                    ...saved.data,
                    ...customersAdded,
                    goals: unstretched(saved.data.goals),
                    approvals: recorded(saved.data.approvals as OldApproval[]),
                  }),
                ),
              ),
            ),
          ),
        ),
      ),
    );

    expect(await handlers['goals:list'](undefined)).toEqual(
      noSpanishWording(nobodyStandingIn(unstretched(saved.data.goals))),
    );
    const approval = await handlers['approval:get'](undefined);
    expect(approval.agreement).toEqual({ revision: 2, status: 'draft' });
    expect(approval.versions).toEqual([
      expect.objectContaining({ revision: 1, fingerprint: version?.fingerprint }),
    ]);
    // The canonical form has not drifted: the stored version still hashes to its fingerprint.
    expect(await computeFingerprint(version!)).toBe(version?.fingerprint);
    const typed = version!.fingerprint.slice(0, 12).toUpperCase();
    expect((await handlers['approval:checkCopy']({ fingerprint: typed })).match).toMatchObject({
      revision: 1,
      problem: null,
    });
    await expectPrints(handlers, 1);

    // Step 4 starts empty, with no complaint log, and what the board records there is kept.
    expect(await handlers['customers:get'](undefined)).toEqual({
      records: emptyCustomerRecords(),
      complaints: { total: 0, firstReceived: null, lastReceived: null, imports: [], byTopic: [] },
    });
    const outreach = await handlers['customers:addOutreach']({
      fields: {
        method: 'door-to-door',
        date: '2027-02-01',
        place: 'North loop',
        reached: 30,
        answered: 22,
        notes: '',
      },
    });
    const again = await reopen();
    expect((await again['customers:get'](undefined)).records.outreaches).toEqual([outreach]);
  });
});

describe('a data folder from format 4 (before approvals had records of their own)', () => {
  it('opens with its approved revision intact: it matches its fingerprint, lists and prints', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v4', async (dir) => {
      original = await copyFixture('v4-valid.json', dir);
    });
    const saved = JSON.parse(original) as Envelope;
    const [version] = saved.data.approvals as OldApproval[];

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(
      exampleMarkAdded(
        cardAnswersAdded(
          spanishAdded(
            outagesAdded(
              trackingAdded(
                standInAdded(
                  sewerAdded({
                    ...saved.data,
                    goals: unstretched(saved.data.goals),
                    approvals: recorded(saved.data.approvals as OldApproval[]),
                  }),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    const [kept] = migrated.data.approvals as OldApproval[];
    expect(await computeFingerprint(kept!)).toBe(version?.fingerprint);
    const approval = await handlers['approval:get'](undefined);
    expect(approval.problems).toEqual([]);
    expect(approval.agreement).toEqual({ revision: 2, status: 'draft' });
    expect(approval.versions).toEqual([
      expect.objectContaining({
        revision: 1,
        fingerprint: version?.fingerprint,
        meetingDate: '2027-03-09',
        recordedAt: version?.approvedAt,
        inForce: true,
        problem: null,
      }),
    ]);
    const status = await handlers['app:status'](undefined);
    expect(status.notices).toEqual([]);
    await expectPrints(handlers, 1);

    const again = await reopen();
    expect((await again['approval:get'](undefined)).versions).toEqual(approval.versions);
  });
});

describe('a data folder from format 5 (before a goal could be marked a stretch goal)', () => {
  it('opens with no goal marked, and its approvals in snapshot formats 1 and 2 intact and printable', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v5', async (dir) => {
      original = await copyFixture('v5-valid.json', dir);
    });
    const saved = JSON.parse(original) as Envelope;
    const approvals = saved.data.approvals as (OldApproval & { snapshotFormat: number })[];
    expect(approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2]);

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(
      exampleMarkAdded(
        cardAnswersAdded(
          spanishAdded(
            outagesAdded(
              trackingAdded(
                standInAdded(sewerAdded({ ...saved.data, goals: unstretched(saved.data.goals) })),
              ),
            ),
          ),
        ),
      ),
    );
    // What the board approved is kept byte for byte, so each fingerprint still matches.
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    for (const approval of approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }

    const approval = await handlers['approval:get'](undefined);
    expect(approval.problems).toEqual([]);
    expect(approval.agreement).toEqual({ revision: 3, status: 'draft' });
    expect(approval.versions.map(({ revision, problem }) => ({ revision, problem }))).toEqual([
      { revision: 1, problem: null },
      { revision: 2, problem: null },
    ]);
    expect((await handlers['app:status'](undefined)).notices).toEqual([]);
    await expectPrints(handlers, 1);
    await expectPrints(handlers, 2);

    // The working goals can now be marked, and the mark is kept.
    const [goal] = await handlers['goals:list'](undefined);
    const { id, rev, ...fields } = goal!;
    await handlers['goals:update']({ id, rev, fields: { ...fields, stretch: true } });
    const again = await reopen();
    expect((await again['goals:list'](undefined))[0]?.stretch).toBe(true);
    expect((await again['approval:get'](undefined)).versions).toEqual(approval.versions);
  });
});

/**
 * tests/fixtures/store/v6-valid.json was written by the format-6 app itself, not by hand: commit
 * ae88fc6 was extracted with `git archive` into a scratch folder, where a vitest test opened a
 * copy of v5-valid.json with that commit's openStore and createHandlers (clock fixed at
 * 2027-09-01T16:00:00Z), which migrated it to format 6; it then marked goal g-loss a stretch goal
 * with a cost note, recorded revision 3's meeting of August 19, 2027 (3–1, one absent), approved
 * it (snapshot format 3), started revision 4 and moved to step 2. The data file it saved was
 * copied here unchanged. Its feedback entries are the five v5-valid.json already had.
 */
describe('a data folder from format 6 (before the sewer questions)', () => {
  it('opens with its approvals in snapshot formats 1, 2 and 3 intact and printable', async () => {
    let original = '';
    const { dir, handlers, reopen } = await handlerFolder('format-v6', async (dir) => {
      original = await copyFixture('v6-valid.json', dir);
    });
    const saved = JSON.parse(original) as Envelope;
    const approvals = saved.data.approvals as (OldApproval & { snapshotFormat: number })[];
    expect(approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2, 3]);

    expect(await backupTexts(dir)).toContain(original);
    const migrated = await onDisk(dir);
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.data).toEqual(
      exampleMarkAdded(
        cardAnswersAdded(
          spanishAdded(outagesAdded(trackingAdded(standInAdded(sewerAdded(saved.data))))),
        ),
      ),
    );
    // What the board approved is kept byte for byte, so each fingerprint still matches.
    expect(JSON.stringify(migrated.data.approvals)).toBe(JSON.stringify(saved.data.approvals));
    for (const approval of approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }

    const approval = await handlers['approval:get'](undefined);
    expect(approval.problems).toEqual([]);
    expect(approval.agreement).toEqual({ revision: 4, status: 'draft' });
    expect(approval.versions.map(({ revision, problem }) => ({ revision, problem }))).toEqual([
      { revision: 1, problem: null },
      { revision: 2, problem: null },
      { revision: 3, problem: null },
    ]);
    expect((await handlers['app:status'](undefined)).notices).toEqual([]);
    for (const revision of [1, 2, 3]) await expectPrints(handlers, revision);
    // Each reads with nothing answered about sewers; revision 3 keeps the stretch mark it had.
    const versions = (migrated.data.approvals as StoredApproval[]).map(readIntact);
    expect(versions.map((version) => version.content.scope.sewer)).toEqual([
      emptySewerSystem,
      emptySewerSystem,
      emptySewerSystem,
    ]);
    const stretched = versions.map((version) =>
      version.content.goals.filter((goal) => goal.stretch).map((goal) => goal.id),
    );
    expect(stretched).toEqual([[], [], ['g-loss']]);
    const again = await reopen();
    expect((await again['approval:get'](undefined)).versions).toEqual(approval.versions);
  });

  it('takes sewer answers on step 2 once a combined utility, keeps them, and approves them in the current snapshot format', async () => {
    const { dir, handlers, reopen } = await handlerFolder('format-v6-sewer', async (dir) => {
      await copyFixture('v6-valid.json', dir);
    });
    const utility = await handlers['utility:get'](undefined);
    await handlers['utility:save']({
      rev: utility.rev,
      value: { ...utility.value, systemType: 'both' },
    });
    const scope = await handlers['scope:get'](undefined);
    const sewer = {
      milesOfSewer: 6.2,
      collection: 'gravity-and-force' as const,
      liftStations: 3,
      liftStationsWithBackupPower: 2,
      treatment: 'lagoon' as const,
      inflowInfiltration: 'yes' as const,
      dischargePermit: 'NM0030123',
    };
    await handlers['scope:save']({ rev: scope.rev, value: { ...scope.value, sewer } });

    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: boardMeeting({
        date: '2027-10-14',
        resolutionNumber: '2027-10',
        minutesExcerpt: 'Motion to adopt revision 4. Carried 3–1, 1 abstaining.',
      }),
    });
    expect((await handlers['approval:get'](undefined)).blockers).toEqual([]);
    await handlers['approval:approve']({ meetingAfterTodayConfirmed: true });
    await expectPrints(handlers, 4);

    const again = await reopen();
    expect((await again['scope:get'](undefined)).value.sewer).toEqual(sewer);
    const view = await again['approval:get'](undefined);
    expect(view.problems).toEqual([]);
    expect(view.versions.map(({ revision, problem }) => ({ revision, problem }))).toEqual(
      [1, 2, 3, 4].map((revision) => ({ revision, problem: null })),
    );
    const stored = (await onDisk(dir)).data.approvals as StoredApproval[];
    expect(stored.map((approval) => approval.snapshotFormat)).toEqual([
      1,
      2,
      3,
      currentSnapshotFormat,
    ]);
    const version = readIntact(stored[3]!);
    expect(version.content.utility.systemType).toBe('both');
    expect(version.content.scope.sewer).toEqual(sewer);
    expect(version.content.reviewSettings.floors['overflow-report']).toBe(24);
  });
});
