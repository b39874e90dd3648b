import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addApproval,
  addCustomers,
  addGoalsAndReview,
  addSewer,
  addStretch,
  migrate,
  recordApprovals,
  MigrationError,
  migrations,
  type Migration,
} from '../../src/main/store/migrations';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import { emptyMeeting } from '../../src/shared/domain/approval';
import { readApprovedVersion } from '../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../src/main/services/records';
import { emptyCustomerRecords } from '../../src/shared/domain/customers/customer-records';
import { emptySewerSystem } from '../../src/shared/domain/sewer-system';
import { workbookSchema } from '../../src/shared/domain/workbook';
import { recorded, type OldApproval } from '../support/old-approval';
import { sewerAdded } from '../support/sewer-added';
import { noSpanishWording } from '../support/spanish-added';
import { nobodyStandingIn } from '../support/stand-in-added';

// Synthetic formats: v1 {name}, v2 {title}, v3 {title, tags}.
const renameName: Migration = {
  from: 1,
  up: (data) => {
    const { name, ...rest } = data as { name: string };
    return { ...rest, title: name };
  },
};
const addTags: Migration = { from: 2, up: (data) => ({ ...(data as object), tags: [] }) };

describe('migrate', () => {
  it('runs the steps in order from the saved format to the target', () => {
    expect(migrate({ name: 'Mesa' }, 1, [renameName, addTags], 3)).toEqual({
      title: 'Mesa',
      tags: [],
    });
  });

  it('starts from the saved format, skipping steps already applied', () => {
    expect(migrate({ title: 'Mesa' }, 2, [renameName, addTags], 3)).toEqual({
      title: 'Mesa',
      tags: [],
    });
  });

  it('finds steps by their source format, whatever order the list is in', () => {
    expect(migrate({ name: 'Mesa' }, 1, [addTags, renameName], 3)).toEqual({
      title: 'Mesa',
      tags: [],
    });
  });

  it('returns data already in the target format as it is', () => {
    const data = { title: 'Mesa', tags: ['a'] };
    expect(migrate(data, 3, [renameName, addTags], 3)).toBe(data);
  });

  it('does not change the data it was given', () => {
    const data = { name: 'Mesa' };
    migrate(data, 1, [renameName, addTags], 3);
    expect(data).toEqual({ name: 'Mesa' });
  });

  it('refuses a gap in the steps', () => {
    expect(() => migrate({ name: 'Mesa' }, 1, [addTags], 3)).toThrow(
      expect.objectContaining({ kind: 'missing-step' }) as Error,
    );
    expect(() => migrate({ name: 'Mesa' }, 1, [renameName], 3)).toThrow(
      /no step from format 2 to format 3/,
    );
  });

  it('refuses a format newer than the target', () => {
    expect(() => migrate({}, 4, [renameName, addTags], 3)).toThrow(MigrationError);
    expect(() => migrate({}, 4, [renameName, addTags], 3)).toThrow(
      expect.objectContaining({ kind: 'future-version' }) as Error,
    );
  });

  it('refuses a format number that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, Number.NaN]) {
      expect(() => migrate({}, version, [], 3)).toThrow(
        expect.objectContaining({ kind: 'bad-version' }) as Error,
      );
    }
  });

  it('has a step for every format before the current one', () => {
    for (let version = 1; version < currentSchemaVersion; version += 1) {
      expect(migrations.some((step) => step.from === version)).toBe(true);
    }
    expect(migrate({ kept: true }, currentSchemaVersion, migrations)).toEqual({ kept: true });
  });
});

function fixtureData(name: string): Record<string, unknown> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/store', name), 'utf8');
  return (JSON.parse(text) as { data: Record<string, unknown> }).data;
}

/** The `data` of a real format-1 file, as the first release wrote it. */
const v1Data = () => fixtureData('v1-valid.json');
/** The `data` of a real format-2 file, with goals and review settings. */
const v2Data = () => fixtureData('v2-valid.json');
/** The `data` of a real format-3 file, with an approved revision 1 and a draft revision 2. */
const v3Data = () => fixtureData('v3-valid.json');
const v4Data = () => fixtureData('v4-valid.json');
/** The `data` of a real format-5 file: revision 1 approved in snapshot format 1, revision 2 in 2. */
const v5Data = () => fixtureData('v5-valid.json');
/**
 * The `data` of a real format-6 file, written by the format-6 app from v5-valid.json: revisions
 * 1, 2 and 3 approved in snapshot formats 1, 2 and 3, revision 4 being drafted (see
 * format-history.test.ts for how it was made).
 */
const v6Data = () => fixtureData('v6-valid.json');

/** What format 6 makes of stored goals: the same goals, none marked a stretch. */
const unstretched = (goals: unknown) =>
  (goals as Record<string, unknown>[]).map((goal) => ({ ...goal, stretch: false }));

describe('format 1 → 2 (goals and review settings)', () => {
  it('adds an empty goal list and the review settings at revision 0, keeping the rest', () => {
    const before = v1Data();
    const after = addGoalsAndReview.up(before) as Record<string, unknown>;
    expect(after).toEqual({
      ...before,
      goals: [],
      review: {
        rev: 0,
        value: { floors: { 'minimum-pressure': 20, 'tier-1-notice': 24 }, areaReasons: {} },
      },
    });
  });

  it('turns a real format-1 workbook into one the current schema accepts', () => {
    const migrated = migrate(v1Data(), 1, migrations);
    expect(workbookSchema.safeParse(migrated).success).toBe(true);
    expect(migrate(v1Data(), 1, migrations, 2)).toEqual(addGoalsAndReview.up(v1Data()));
  });

  it('keeps a step format 2 has and sends an unknown one back to the first step', () => {
    const on = (currentStep: string) =>
      (addGoalsAndReview.up({ ...v1Data(), wizard: { currentStep } }) as { wizard: unknown })
        .wizard;
    expect(on('scope')).toEqual({ currentStep: 'scope' });
    expect(on('utility')).toEqual({ currentStep: 'utility' });
    expect(on('board-vote')).toEqual({ currentStep: 'utility' });
  });

  it('does not change the data it was given, nor share the review settings between files', () => {
    const before = v1Data();
    const copy = structuredClone(before);
    const first = addGoalsAndReview.up(before) as { review: { value: { areaReasons: object } } };
    const second = addGoalsAndReview.up(v1Data()) as typeof first;
    expect(before).toEqual(copy);
    expect(first.review.value).not.toBe(second.review.value);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2]]) expect(addGoalsAndReview.up(odd)).toBe(odd);
  });
});

describe("format 2 → 3 (the board's approval)", () => {
  it('makes the workbook a first draft with no meeting recorded and nothing approved', () => {
    const before = v2Data();
    expect(addApproval.up(before)).toEqual({
      ...before,
      agreement: { revision: 1, status: 'draft' },
      meeting: { rev: 0, value: emptyMeeting },
      approvals: [],
    });
  });

  it('turns a real format-2 workbook into one the current schema accepts, keeping its data', () => {
    const before = v2Data();
    const migrated = workbookSchema.parse(migrate(before, 2, migrations));
    expect(migrated.goals).toEqual(noSpanishWording(nobodyStandingIn(unstretched(before.goals))));
    expect(migrated.wizard).toEqual(before.wizard);
    expect(migrated.agreement).toEqual({ revision: 1, status: 'draft' });
  });

  it('does not change the data it was given, nor share the meeting between files', () => {
    const before = v2Data();
    const copy = structuredClone(before);
    const first = addApproval.up(before) as { meeting: { value: { votes: unknown[] } } };
    const second = addApproval.up(v2Data()) as typeof first;
    expect(before).toEqual(copy);
    expect(first.meeting.value).not.toBe(second.meeting.value);
    expect(first.meeting.value.votes).not.toBe(second.meeting.value.votes);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2]]) expect(addApproval.up(odd)).toBe(odd);
  });
});

describe('format 3 → 4 (step 4, customers)', () => {
  it('adds empty customer records, keeping everything else as it was', () => {
    const before = v3Data();
    expect(addCustomers.up(before)).toEqual({ ...before, customers: emptyCustomerRecords() });
  });

  it('turns a real format-3 workbook into one the current schema accepts, approvals untouched', () => {
    const before = v3Data();
    const migrated = workbookSchema.parse(migrate(before, 3, migrations));
    expect(migrated.goals).toEqual(noSpanishWording(nobodyStandingIn(unstretched(before.goals))));
    expect(migrated.wizard).toEqual(before.wizard);
    expect(migrated.agreement).toEqual(before.agreement);
    // An approved version keeps what it covers exactly: no customerFeedback appears in it.
    const [version] = migrated.approvals;
    const [old] = before.approvals as OldApproval[];
    expect(version).toMatchObject({ content: old?.content, meeting: old?.meeting });
    expect(version?.outcome).toEqual(old?.outcome);
    expect(version?.fingerprint).toBe(old?.fingerprint);
    expect(version?.content).not.toHaveProperty('customerFeedback');
  });

  it('brings a format-1 workbook all the way to the current format', () => {
    const migrated = workbookSchema.parse(migrate(v1Data(), 1, migrations));
    expect(migrated.customers).toEqual(emptyCustomerRecords());
  });

  it('does not change the data it was given, nor share the records between files', () => {
    const before = v3Data();
    const copy = structuredClone(before);
    const first = addCustomers.up(before) as { customers: { plan: { value: object } } };
    const second = addCustomers.up(v3Data()) as typeof first;
    expect(before).toEqual(copy);
    expect(first.customers.plan.value).not.toBe(second.customers.plan.value);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2]]) expect(addCustomers.up(odd)).toBe(odd);
  });
});

describe('format 4 → 5 (approved revisions get records of their own)', () => {
  it('keeps what each approval covers byte for byte, and records when it was entered', () => {
    const before = v4Data();
    const [old] = before.approvals as OldApproval[];
    const after = recordApprovals.up(before) as { approvals: unknown[] };
    expect(after.approvals).toEqual([
      {
        revision: old?.revision,
        snapshotFormat: 1,
        recordedAt: old?.approvedAt,
        content: old?.content,
        meeting: old?.meeting,
        outcome: old?.outcome,
        fingerprint: old?.fingerprint,
      },
    ]);
    expect(after.approvals).toEqual(recorded(before.approvals as OldApproval[]));
    expect(after).toEqual({ ...before, approvals: after.approvals });
  });

  it('gives records the current schema accepts and that still match their fingerprints', () => {
    for (const [data, from] of [
      [v3Data(), 3],
      [v4Data(), 4],
    ] as const) {
      const migrated = workbookSchema.parse(migrate(data, from, migrations));
      const [stored] = migrated.approvals;
      const read = readApprovedVersion(stored!, sha256Hex);
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.version.nextReviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2], { approvals: 'none' }]) {
      expect(recordApprovals.up(odd)).toBe(odd);
    }
  });
});

describe('format 5 → 6 (a goal can be marked a stretch goal)', () => {
  it('marks no working goal a stretch and keeps everything else, approvals byte for byte', () => {
    const before = v5Data();
    const after = addStretch.up(before) as Record<string, unknown>;
    expect(after).toEqual({ ...before, goals: unstretched(before.goals) });
    expect(JSON.stringify(after.approvals)).toBe(JSON.stringify(before.approvals));
  });

  it('gives a workbook the current schema accepts, whose approvals in formats 1 and 2 still read', () => {
    const before = v5Data();
    const migrated = workbookSchema.parse(migrate(before, 5, migrations));
    expect(migrated.approvals.map((approval) => approval.snapshotFormat)).toEqual([1, 2]);
    for (const stored of migrated.approvals) {
      const read = readApprovedVersion(stored, sha256Hex);
      expect(read.ok).toBe(true);
      // Nothing approved before the box existed is printed as a stretch goal.
      if (read.ok) expect(read.version.content.goals.every((goal) => !goal.stretch)).toBe(true);
    }
  });

  it('does not change the data it was given', () => {
    const before = v5Data();
    const copy = structuredClone(before);
    addStretch.up(before);
    expect(before).toEqual(copy);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2], { goals: 'none' }]) {
      expect(addStretch.up(odd)).toBe(odd);
    }
  });
});

describe('format 6 → 7 (sewer questions)', () => {
  it('adds every sewer question unanswered, the overflow floor at 24 hours, and no sewer card answers', () => {
    const before = v6Data();
    expect((before.customers as { entries: unknown[] }).entries).toHaveLength(5);
    expect(addSewer.up(before)).toEqual(sewerAdded(before));
  });

  it('leaves the approvals in snapshot formats 1, 2 and 3 byte for byte', () => {
    const before = v6Data();
    const after = addSewer.up(before) as Record<string, unknown>;
    expect(JSON.stringify(after.approvals)).toBe(JSON.stringify(before.approvals));
    const formats = (before.approvals as { snapshotFormat: number }[]).map(
      (approval) => approval.snapshotFormat,
    );
    expect(formats).toEqual([1, 2, 3]);
  });

  it('gives a workbook the current schema accepts, whose approvals still read, with no sewer answers', () => {
    const migrated = workbookSchema.parse(migrate(v6Data(), 6, migrations));
    expect(migrated.scope.value.sewer).toEqual(emptySewerSystem);
    expect(migrated.review.value.floors['overflow-report']).toBe(24);
    for (const stored of migrated.approvals) {
      const read = readApprovedVersion(stored, sha256Hex);
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.version.content.scope.sewer).toEqual(emptySewerSystem);
    }
  });

  it('brings a format-1 workbook all the way to format 7', () => {
    const migrated = workbookSchema.parse(migrate(v1Data(), 1, migrations));
    expect(migrated.scope.value.sewer).toEqual(emptySewerSystem);
    expect(migrated.review.value.floors).toEqual({
      'minimum-pressure': 20,
      'tier-1-notice': 24,
      'overflow-report': 24,
    });
  });

  it('does not change the data it was given, nor share the sewer answers between files', () => {
    const before = v6Data();
    const copy = structuredClone(before);
    const first = addSewer.up(before) as { scope: { value: { sewer: object } } };
    const second = addSewer.up(v6Data()) as typeof first;
    expect(before).toEqual(copy);
    expect(first.scope.value.sewer).not.toBe(second.scope.value.sewer);
  });

  it('passes data that is not a workbook through for validation to refuse', () => {
    for (const odd of [null, 'text', 3, [1, 2]]) expect(addSewer.up(odd)).toBe(odd);
    const shapeless = { scope: 'none', review: { value: 1 }, customers: { entries: 'none' } };
    expect(addSewer.up(shapeless)).toEqual(shapeless);
  });
});
