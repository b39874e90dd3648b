import { contract, type Api } from '../../../src/shared/api/contract';
import type {
  AutomaticBackup,
  BackupPreview,
  BackupSummary,
  LibraryView,
  UtilityEntry,
} from '../../../src/shared/api/library-contract';
import type { MethodName } from '../../../src/shared/api/methods';
import { fail, ok, type ApiError, type Result } from '../../../src/shared/api/result';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';

type LibraryMethod = Extract<MethodName, `library:${string}` | `backup:${string}` | 'app:status'>;
type PreviewSource = Parameters<Api['backup:preview']>[0];

export interface FakeLibraryOptions {
  utilities?: UtilityEntry[];
  backups?: AutomaticBackup[];
  lastRestore?: LibraryView['lastRestore'];
  mode?: 'desktop' | 'browser';
  /** What reading and checking a backup answers; by default a newer backup of the open one. */
  preview?: (source: PreviewSource) => Result<BackupPreview | null>;
}

export interface FakeLibrary {
  /** The window's Api: the test backend's, with the library and backups played here. */
  api: Api;
  /** Inputs of every call to one of the methods played here, oldest first. */
  inputsOf: (method: LibraryMethod) => unknown[];
  /** The next call to `method` answers this error. */
  refuseNext: (method: LibraryMethod, error: ApiError) => void;
}

export function entry(fields: Partial<UtilityEntry> & Pick<UtilityEntry, 'key'>): UtilityEntry {
  return {
    name: '',
    systemId: '',
    lastChange: '2026-03-03T16:12:00.000Z',
    standing: { status: 'draft', revision: 1, approvedRevision: null, reviewDue: null },
    open: false,
    example: false,
    ...fields,
  };
}

export function summary(fields: Partial<BackupSummary> = {}): BackupSummary {
  return {
    utilityName: 'Cedar Flats Water',
    systemId: 'NM3512345',
    revision: 2,
    status: 'approved',
    lastChange: '2026-02-01T10:00:00.000Z',
    createdAt: '2026-02-01T10:05:00.000Z',
    appVersion: '0.1.0',
    goals: 8,
    approvals: 1,
    customerEntries: 40,
    complaintRows: 1200,
    ...fields,
  };
}

export function preview(fields: Partial<BackupPreview> = {}): BackupPreview {
  return {
    previewId: 'preview-1',
    from: 'cedar-flats.losbackup',
    summary: summary(),
    relation: 'newer',
    target: { key: 'first', name: 'Cedar Flats Water', lastChange: '2026-01-15T09:00:00.000Z' },
    message: 'Restoring replaces the data here, last changed January 15, 2026.',
    ...fields,
  };
}

/**
 * The utilities and backups as main would answer them. main keeps each utility in its own
 * folder, which the in-memory test backend does not have, so these methods are played here;
 * every input and answer is still checked against the contract, as the dispatcher does.
 */
export function withLibrary(base: Api, options: FakeLibraryOptions = {}): FakeLibrary {
  const view: LibraryView = {
    utilities: options.utilities ?? [
      entry({ key: 'first', name: 'Cedar Flats Water', open: true }),
    ],
    removed: [],
    dataFolder: '/home/maria/.config/LOS Builder',
    canShowFolder: options.mode === 'desktop',
    lastRestore: options.lastRestore ?? null,
  };
  const calls: { method: LibraryMethod; input: unknown }[] = [];
  const kept = new Map<string, UtilityEntry>();
  const refusals = new Map<LibraryMethod, ApiError>();
  const answerPreview = options.preview ?? (() => ok(preview()));

  const answers: { [M in LibraryMethod]: (input: never) => Result<unknown> } = {
    'app:status': () =>
      ok({
        appVersion: '0.0.0-test',
        schemaVersion: currentSchemaVersion,
        mode: options.mode ?? 'browser',
        // No language chosen yet: the page follows the computer's.
        language: null,
        notices: [],
        utility: {
          key: view.utilities.find((u) => u.open)?.key ?? 'first',
          count: view.utilities.length,
          example: view.utilities.find((u) => u.open)?.example ?? false,
        },
      }),
    'library:list': () => ok(structuredClone(view)),
    'library:create': () => ok({ key: 'new-one' }),
    'library:openExample': () => ok({ key: 'example-one' }),
    'library:open': (input: { key: string }) => ok({ key: input.key }),
    'library:remove': (input: { key: string }) => {
      const gone = view.utilities.find((u) => u.key === input.key);
      if (!gone) return fail('invalid-input', 'Choose a utility from the list.');
      view.utilities = view.utilities.filter((u) => u !== gone);
      const removalId = `removed-${gone.key}`;
      kept.set(removalId, gone);
      view.removed.push({
        removalId,
        name: gone.name,
        systemId: gone.systemId,
        removedAt: '2026-03-04T09:00:00.000Z',
      });
      return ok({ removalId });
    },
    'library:undoRemove': (input: { removalId: string }) => {
      const back = kept.get(input.removalId);
      if (!back) return fail('invalid-input', 'That utility is not among the removed ones.');
      view.removed = view.removed.filter((r) => r.removalId !== input.removalId);
      view.utilities.push(back);
      return ok({ key: back.key });
    },
    'library:showFolder': () => ok(true),
    'backup:save': () =>
      ok({ status: 'download', fileName: 'Cedar Flats Water.losbackup', base64: 'TE9T' }),
    'backup:list': () => ok(options.backups ?? []),
    'backup:preview': (input: PreviewSource) => answerPreview(input),
    'backup:restore': () => ok({ key: 'first' }),
    'backup:undoRestore': () => ok({ key: 'first' }),
  };

  const api = { ...base };
  for (const method of Object.keys(answers) as LibraryMethod[]) {
    const play = (input?: unknown): Promise<Result<unknown>> => {
      calls.push({ method, input: structuredClone(input) });
      const refusal = refusals.get(method);
      refusals.delete(method);
      if (refusal) return Promise.resolve({ ok: false, error: refusal });
      const parsed = contract[method].input.parse(input);
      const answer = answers[method](parsed as never);
      if (answer.ok) contract[method].output.parse(answer.value);
      return Promise.resolve(structuredClone(answer));
    };
    // The per-method types cannot follow a loop over names; the contract checks both ways above.
    Object.assign(api, { [method]: play });
  }
  return {
    api,
    inputsOf: (method) => calls.filter((call) => call.method === method).map((c) => c.input),
    refuseNext: (method, error) => refusals.set(method, error),
  };
}
