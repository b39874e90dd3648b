import { fc } from '@fast-check/vitest';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodName } from '../../../src/shared/api/methods';
import { validExportResult } from './export-result-arbitrary';
import { text } from './primitive-arbitraries';

type LibraryMethod = Extract<MethodName, `library:${string}` | `backup:${string}`>;

const key = fc.stringMatching(/^[a-z0-9-]{1,40}$/);
const isoTime = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const count = fc.nat({ max: 100_000 });

const standing = fc.record({
  status: fc.constantFrom('empty', 'draft', 'approved', 'unreadable'),
  revision: fc.integer({ min: 1, max: 99 }),
  approvedRevision: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
  reviewDue: fc.option(fc.constant('2027-10-14'), { nil: null }),
});

const summary = fc.record({
  utilityName: text(200),
  systemId: fc.stringMatching(/^[A-Z0-9-]{0,20}$/),
  revision: fc.integer({ min: 1, max: 99 }),
  status: fc.constantFrom('draft', 'approved'),
  lastChange: isoTime,
  createdAt: isoTime,
  appVersion: fc.constantFrom('0.1.0', 'an earlier version'),
  goals: count,
  approvals: count,
  customerEntries: count,
  complaintRows: count,
});

const preview = fc.record({
  previewId: fc.uuid(),
  from: text(300),
  summary,
  relation: fc.constantFrom('same', 'newer', 'older', 'both-changed', 'new'),
  target: fc.option(
    fc.record({ key, name: text(200), lastChange: fc.option(isoTime, { nil: null }) }),
    { nil: null },
  ),
  message: text(600),
});

/** A valid input and output for every method of the utilities kept here and their backups. */
export const libraryContractArbitraries: {
  [M in LibraryMethod]: {
    input: fc.Arbitrary<MethodInput<M>>;
    output: fc.Arbitrary<MethodOutput<M>>;
  };
} = {
  'library:list': {
    input: fc.constant(undefined),
    output: fc.record({
      utilities: fc.array(
        fc.record({
          key,
          name: text(200),
          systemId: fc.stringMatching(/^[A-Z0-9-]{0,20}$/),
          lastChange: fc.option(isoTime, { nil: null }),
          standing,
          open: fc.boolean(),
          example: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      removed: fc.array(
        fc.record({
          removalId: key,
          name: text(200),
          systemId: fc.constant(''),
          removedAt: isoTime,
        }),
        { maxLength: 2 },
      ),
      dataFolder: text(300),
      canShowFolder: fc.boolean(),
      lastRestore: fc.option(
        fc.record({
          undoId: fc.constant('20261206T101010123Z'),
          restoredAt: isoTime,
          from: text(300),
        }),
        { nil: null },
      ),
    }),
  },
  'library:create': { input: fc.constant(undefined), output: fc.record({ key }) },
  'library:openExample': { input: fc.constant(undefined), output: fc.record({ key }) },
  'library:open': { input: fc.record({ key }), output: fc.record({ key }) },
  'library:remove': { input: fc.record({ key }), output: fc.record({ removalId: key }) },
  'library:undoRemove': { input: fc.record({ removalId: key }), output: fc.record({ key }) },
  'library:showFolder': { input: fc.constant(undefined), output: fc.boolean() },
  'backup:save': { input: fc.constant(undefined), output: validExportResult },
  'backup:list': {
    input: fc.constant(undefined),
    output: fc.array(
      fc.record({
        name: fc.constant('los-builder.backup-20261206T101010123Z.losbackup'),
        takenAt: isoTime,
        summary: fc.option(summary, { nil: null }),
        problem: fc.option(text(300), { nil: null }),
      }),
      { maxLength: 3 },
    ),
  },
  'backup:preview': {
    input: fc.oneof(
      fc.record({ fileName: text(300), fileBase64: fc.base64String({ maxLength: 64 }) }),
      fc.record({ pick: fc.constant(true as const) }),
      fc.record({ automatic: fc.constant('los-builder.backup-20261206T101010123Z.losbackup') }),
    ),
    output: fc.option(preview, { nil: null }),
  },
  'backup:restore': {
    input: fc.record({ previewId: fc.uuid(), as: fc.constantFrom('replace', 'copy') }),
    output: fc.record({ key }),
  },
  'backup:undoRestore': {
    input: fc.record({ undoId: fc.constant('20261206T101010123Z') }),
    output: fc.record({ key }),
  },
};
