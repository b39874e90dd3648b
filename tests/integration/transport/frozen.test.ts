import { sampleToday } from '../../support/sample-today';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers';
import { downloadDelivery } from '../../../src/main/services/file-delivery';
import { openStore, type OpenedStore } from '../../../src/main/store/open-store';
import { createDispatcher, type Dispatch } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http';
import { isTrustedSender, registerIpcHandlers } from '../../../src/main/transport/ipc';
import { contract, type MethodInput } from '../../../src/shared/api/contract';
import { methodNames, type MethodName } from '../../../src/shared/api/methods';
import type { UtilityMethod } from '../../../src/main/handlers';
import type { Result } from '../../../src/shared/api/result';
import { defaultReviewSettings } from '../../../src/shared/domain/review-settings';
import type { Workbook } from '../../../src/shared/domain/workbook';
import { boardMeeting, prepareApprovable } from '../../support/approval-sample';
import {
  annualMeeting,
  commentCard,
  prepareCustomers,
  smallComplaintLog,
} from '../../support/customer-sample';
import { eventFrom, fakeFrame, FakeIpcMain } from '../../support/fake-ipc-main';
import { callApi } from '../../support/serve-client';
import { makeStoreTempDir } from '../../support/store-temp-dir';
import { goalFields } from '../services/handler-folder';

/**
 * Methods an approved agreement still answers: reading, printing, checking a copy, moving
 * between steps, and starting a new revision. Every other method edits the agreement and must
 * be refused, so a new method is refused too unless it is added here on purpose.
 */
const allowedWhileFrozen = [
  'app:status',
  'utility:get',
  'scope:get',
  'wizard:get',
  'wizard:setStep',
  'customers:get',
  'complaints:open',
  'complaints:preview',
  'complaints:rows',
  // The complaint log is a record about the year, not part of the agreement: an approval keeps
  // its own copy of the log's figures, and the goals fed by the log need the newer complaints
  // (complaint-log-after-vote.test.ts proves the approval and its PDF unchanged by them).
  'complaints:import',
  'complaints:setTopic',
  'complaints:removeImport',
  'templates:list',
  'goals:list',
  'review:get',
  'approval:get',
  'approval:newRevision',
  'approval:checkCopy',
  'approval:checkPdf',
  'export:check',
  'export:agreementPdf',
  'export:customerSummaryPdf',
  'export:boardPacketPdf',
  'export:minutesPdf',
  'export:surveyPdf',
  'export:openSaved',
  'export:spreadsheet',
  // Results measured against the approved agreement sit beside it, outside its fingerprint
  // (tests/integration/services/tracking.test.ts proves the approval unchanged by them).
  'tracking:get',
  'tracking:saveActuals',
  'tracking:deleteActual',
  'tracking:openCsv',
  'tracking:previewCsv',
  'tracking:importCsv',
  // The annual review's decisions are records about the agreement in force, and starting the
  // next revision from them is what a frozen agreement allows (annual-review.test.ts).
  'annual:get',
  'annual:saveDecision',
  'annual:startRevision',
  // The outage log is kept beside the agreement too (outages.test.ts proves the approval unchanged).
  'outages:list',
  'outages:save',
  'outages:delete',
  'outages:openCsv',
  'outages:previewCsv',
  'outages:importCsv',
  // The reports only read; a follow-up for the report card is a record beside the agreement.
  'export:boardReportPdf',
  'export:reportCardPdf',
  'report:get',
  'report:saveFollowUp',
  'report:clearFollowUp',
] as const satisfies readonly MethodName[];

/**
 * The library's methods (switching, backups, restores) act on whole utilities, not on the
 * agreement's contents; a restore keeps what it replaces aside, and is tested on its own. The
 * computer's preferences (the screens' language) are no utility's records at all.
 */
const isLibraryMethod = (method: MethodName) =>
  method.startsWith('library:') ||
  method.startsWith('backup:') ||
  method.startsWith('preferences:');

type EditingMethod = Exclude<UtilityMethod, (typeof allowedWhileFrozen)[number]>;

const editingMethods = methodNames.filter(
  (method) =>
    !isLibraryMethod(method) && !(allowedWhileFrozen as readonly string[]).includes(method),
);

/**
 * An edit of each kind that the draft would accept: current revisions, existing goals,
 * outreaches, entries and links.
 */
function editsOf(workbook: Workbook): { [M in EditingMethod]: MethodInput<M> } {
  const [goal] = workbook.goals;
  const { outreaches, entries, evidence, plan } = workbook.customers;
  const [outreach] = outreaches;
  const [entry] = entries;
  const [link] = evidence;
  if (!goal || !outreach || !entry || !link) {
    throw new Error('The sample agreement has goals and customer feedback.');
  }
  const { id: _id, rev: _rev, ...fields } = goal;
  const { id: _o, rev: _orev, ...outreachFields } = outreach;
  const { id: _e, rev: _erev, outreachId: _eo, ...entryFields } = entry;
  return {
    'utility:save': {
      rev: workbook.utility.rev,
      value: { ...workbook.utility.value, name: 'Renamed' },
    },
    'scope:save': { rev: workbook.scope.rev, value: { ...workbook.scope.value, mission: 'New' } },
    'goals:add': { fields: goalFields('Fix every leak within a week') },
    'goals:update': { id: goal.id, rev: goal.rev, fields: { ...fields, statement: 'Changed' } },
    'goals:delete': { id: goal.id },
    'goals:restore': { goal: { ...goal, id: 'restored-goal' }, index: 0 },
    'goals:reorder': {
      kind: goal.kind,
      ids: workbook.goals.filter((g) => g.kind === goal.kind).map((g) => g.id),
    },
    'review:save': {
      rev: workbook.review.rev,
      value: { ...defaultReviewSettings, areaReasons: { regulatory: 'Covered elsewhere.' } },
    },
    'approval:saveMeeting': {
      rev: workbook.meeting.rev,
      value: boardMeeting({ place: 'Somewhere else' }),
    },
    'approval:approve': undefined,
    'customers:savePlan': {
      rev: plan.rev,
      value: { ...plan.value, profile: { ...plan.value.profile, usesInternet: true } },
    },
    'customers:addOutreach': { fields: annualMeeting({ date: '2026-06-01' }) },
    'customers:updateOutreach': {
      id: outreach.id,
      rev: outreach.rev,
      fields: { ...outreachFields, place: 'Fire station' },
    },
    'customers:deleteOutreach': { id: outreach.id },
    'customers:addEntry': { outreachId: outreach.id, fields: commentCard() },
    'customers:updateEntry': {
      id: entry.id,
      rev: entry.rev,
      fields: { ...entryFields, said: 'Changed' },
    },
    'customers:deleteEntry': { id: entry.id },
    'customers:restoreEntry': { entry: { ...entry, id: 'restored-entry' }, index: 0 },
    'customers:link': { goalId: link.goalId, ref: { kind: 'topic', topic: 'pressure' } },
    'customers:unlink': link,
  };
}

const frozenMessage =
  'Revision 1 was approved by the board on March 9, 2027 and can no longer be changed. Start a new revision to make changes.';

const appFrame = fakeFrame('app://los/index.html');

let dir: string;
let removeDir: () => Promise<void>;
let store: OpenedStore;
let edits: Record<string, unknown>;
let dispatch: Dispatch;
let ipcMain: FakeIpcMain;
let server: RunningHttpServer;
let fileBefore: Buffer;
let logBefore: Buffer;

const dataFile = () => readFile(join(dir, 'los-builder.json'));
const logFile = () => readFile(join(dir, 'complaint-log.json'));

type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

const transports: [string, Transport][] = [
  ['the dispatcher', (method, input) => dispatch(method, input)],
  ['IPC', (method, input) => ipcMain.invoke(method, eventFrom(appFrame), input)],
  [
    'HTTP',
    async (method, input) => {
      const { status, result } = await callApi(server.port, server.token, method, input);
      expect(status).toBe(200);
      return result;
    },
  ],
];

describe('an approved agreement', () => {
  // One store for the whole file: every transport tries every edit on the same approved data.
  beforeAll(async () => {
    ({ dir, remove: removeDir } = await makeStoreTempDir('frozen'));
    store = await openStore({ dataDir: dir, appVersion: '0.1.0', log: () => undefined });
    const handlers = createHandlers({
      repository: store.repository,
      complaints: store.complaints,
      status: () => ({
        appVersion: '0.1.0',
        schemaVersion: 4,
        mode: 'browser',
        notices: [],
        utility: { key: 'first', count: 1 },
        language: null,
      }),
      delivery: downloadDelivery,
      clock: sampleToday,
    });
    await prepareApprovable(handlers);
    await prepareCustomers(handlers);
    await handlers['approval:approve'](undefined);
    edits = editsOf(store.repository.read());
    dispatch = createDispatcher(handlers, { checkOutputs: true });
    ipcMain = new FakeIpcMain();
    registerIpcHandlers(ipcMain, dispatch, (event) =>
      isTrustedSender(event, { mainFrame: () => appFrame, allowedOrigins: ['app://los'] }),
    );
    server = await startHttpServer({ dispatch, port: 0 });
    fileBefore = await dataFile();
    logBefore = await logFile();
  });

  afterAll(async () => {
    await server.close();
    await store.close();
    await removeDir();
  });

  it('has an edit to try for every method that is not allowed while frozen', () => {
    expect(editingMethods.length).toBeGreaterThanOrEqual(10);
    for (const method of editingMethods) {
      expect(Object.keys(edits), method).toContain(method);
      // A valid input, so a refusal can only be the freeze.
      expect(contract[method].input.safeParse(edits[method]).success, method).toBe(true);
    }
  });

  describe.each(transports)('through %s', (_name, call) => {
    it.each(editingMethods)('refuses %s, saying why', async (method) => {
      expect(await call(method, edits[method])).toEqual({
        ok: false,
        error: { code: 'frozen', message: frozenMessage },
      });
    });

    it('still answers reads and moves between steps', async () => {
      expect(await call('goals:list', undefined)).toMatchObject({ ok: true });
      expect(await call('approval:get', undefined)).toMatchObject({ ok: true });
      expect(await call('export:check', { revision: null })).toMatchObject({ ok: true });
      expect(await call('customers:get', undefined)).toMatchObject({ ok: true });
      expect(await call('complaints:rows', undefined)).toMatchObject({ ok: true });
      const opened = await call('complaints:open', {
        fileName: 'more.csv',
        csvText: smallComplaintLog,
      });
      expect(opened).toMatchObject({
        ok: true,
        value: { preview: { alreadyImported: 3, newRows: 0 } },
      });
    });
  });

  it('left the data file and the complaint log untouched by every refused edit', async () => {
    expect((await dataFile()).equals(fileBefore)).toBe(true);
    expect((await logFile()).equals(logBefore)).toBe(true);
    expect(store.repository.read().agreement).toEqual({ revision: 1, status: 'approved' });
  });

  it('can still remember the step on screen, and takes edits again once a new revision starts', async () => {
    expect(await dispatch('wizard:setStep', { currentStep: 'review' })).toMatchObject({
      ok: true,
    });
    expect(await dispatch('approval:newRevision', undefined)).toMatchObject({ ok: true });
    const draftEdits = editsOf(store.repository.read());
    expect(await dispatch('utility:save', draftEdits['utility:save'])).toMatchObject({
      ok: true,
    });
    expect(await dispatch('goals:add', draftEdits['goals:add'])).toMatchObject({ ok: true });
    expect(await dispatch('customers:addEntry', draftEdits['customers:addEntry'])).toMatchObject({
      ok: true,
    });
  });
});
