import { AppError } from '../../../src/main/app-error';
import { contract, type Api, type Handlers } from '../../../src/shared/api/contract';
import { methodNames, type MethodName } from '../../../src/shared/api/methods';
import { fail, ok, type ApiError, type Result } from '../../../src/shared/api/result';
import {
  emptyComplaintLog,
  type ComplaintLog,
} from '../../../src/shared/domain/customers/complaint-log';
import type { Goal } from '../../../src/shared/domain/goal';
import type { GoalTemplate } from '../../../src/shared/domain/goal-template';
import { reviewAgreement } from '../../../src/shared/domain/review/review-agreement';
import { emptyWorkbook, type Workbook } from '../../../src/shared/domain/workbook';
import type { Notice, Review } from '../../../src/shared/api/contract';
import {
  approvalHandlers,
  assertEditable,
  MemoryError,
  type ExportSettings,
} from './memory-approval';
import { complaintHandlers } from './memory-complaints';
import { customerHandlers } from './memory-customers';
import { sampleTemplates } from './sample-templates';

export interface Call {
  method: MethodName;
  input: unknown;
}

export interface MemoryApi {
  api: Api;
  /** The stored document; tests may change it to play "another window". */
  workbook: Workbook;
  calls: Call[];
  /** Inputs of every call to one method, oldest first. */
  inputsOf: (method: MethodName) => unknown[];
  /** The next call to `method` answers this error instead of running. */
  failNext: (method: MethodName, error: ApiError) => void;
  notices: Notice[];
  /** What 'templates:list' answers. */
  templates: GoalTemplate[];
  /** How exports answer: a download, a saved file or a cancelled dialog; unprintable text. */
  exports: ExportSettings;
  /** The complaint log, kept apart from the workbook as the real store keeps it. */
  complaintLog: ComplaintLog;
}

class Conflict extends Error {}

/** Every method that changes the agreement: refused once the board approved it. */
const editingMethods = new Set<MethodName>([
  'utility:save',
  'scope:save',
  'goals:add',
  'goals:update',
  'goals:delete',
  'goals:restore',
  'goals:reorder',
  'review:save',
  'customers:savePlan',
  'customers:addOutreach',
  'customers:updateOutreach',
  'customers:deleteOutreach',
  'customers:addEntry',
  'customers:updateEntry',
  'customers:deleteEntry',
  'customers:restoreEntry',
  'customers:link',
  'customers:unlink',
  'complaints:import',
  'complaints:setTopic',
  'complaints:removeImport',
]);

/**
 * An Api kept in memory for component tests: it parses every input with the real contract and
 * refuses stale revisions like the real service, so the renderer is tested against the rules.
 */
export function createMemoryApi(seed: (workbook: Workbook) => void = () => undefined): MemoryApi {
  const state: MemoryApi = {
    api: {} as Api,
    workbook: emptyWorkbook(),
    calls: [],
    inputsOf: (method) => state.calls.filter((call) => call.method === method).map((c) => c.input),
    failNext: (method, error) => failures.set(method, [...(failures.get(method) ?? []), error]),
    notices: [],
    templates: sampleTemplates,
    exports: { delivery: 'download', unprintable: [], opened: true },
    complaintLog: structuredClone(emptyComplaintLog),
  };
  seed(state.workbook);
  const failures = new Map<MethodName, ApiError[]>();
  const checkRev = (rev: number, stored: number) => {
    if (rev !== stored) throw new Conflict('This was changed in another window.');
  };
  let nextGoalId = 1;
  const goalIndex = (id: string) => {
    const index = state.workbook.goals.findIndex((goal) => goal.id === id);
    if (index === -1) throw new Conflict('This goal is no longer in the list.');
    return index;
  };
  const review = (): Promise<Review> =>
    Promise.resolve(
      structuredClone({
        settings: state.workbook.review,
        findings: reviewAgreement({
          utility: state.workbook.utility.value,
          scope: state.workbook.scope.value,
          goals: state.workbook.goals,
          settings: state.workbook.review.value,
          customers: state.workbook.customers,
          templates: state.templates,
        }),
      }),
    );

  const handlers: Handlers = {
    'app:status': () =>
      Promise.resolve({
        appVersion: '0.0.0',
        schemaVersion: 1,
        mode: 'browser',
        notices: state.notices,
      }),
    'utility:get': () => Promise.resolve(structuredClone(state.workbook.utility)),
    'utility:save': ({ rev, value }) => {
      checkRev(rev, state.workbook.utility.rev);
      state.workbook.utility = { rev: rev + 1, value };
      return Promise.resolve(structuredClone(state.workbook.utility));
    },
    'scope:get': () => Promise.resolve(structuredClone(state.workbook.scope)),
    'scope:save': ({ rev, value }) => {
      checkRev(rev, state.workbook.scope.rev);
      state.workbook.scope = { rev: rev + 1, value };
      return Promise.resolve(structuredClone(state.workbook.scope));
    },
    'wizard:get': () => Promise.resolve(structuredClone(state.workbook.wizard)),
    'wizard:setStep': (wizard) => {
      state.workbook.wizard = wizard;
      return Promise.resolve(structuredClone(wizard));
    },
    'templates:list': () => Promise.resolve(structuredClone(state.templates)),
    'goals:list': () => Promise.resolve(structuredClone(state.workbook.goals)),
    // Like the real service: a new goal goes right after the last one of its kind.
    'goals:add': ({ fields }) => {
      const goal: Goal = { ...fields, id: `goal-${nextGoalId++}`, rev: 0 };
      const goals = state.workbook.goals;
      const lastOfKind = goals.findLastIndex((other) => other.kind === fields.kind);
      goals.splice(lastOfKind === -1 ? goals.length : lastOfKind + 1, 0, goal);
      return Promise.resolve(structuredClone(goal));
    },
    'goals:update': ({ id, rev, fields }) => {
      const index = goalIndex(id);
      checkRev(rev, state.workbook.goals[index]?.rev ?? -1);
      const goal: Goal = { ...fields, id, rev: rev + 1 };
      state.workbook.goals[index] = goal;
      return Promise.resolve(structuredClone(goal));
    },
    'goals:delete': ({ id }) => {
      const index = goalIndex(id);
      const [goal] = state.workbook.goals.splice(index, 1);
      if (!goal) throw new Conflict('This goal is no longer in the list.');
      return Promise.resolve(structuredClone({ goal, index }));
    },
    'goals:restore': ({ goal, index }) => {
      state.workbook.goals.splice(Math.min(index, state.workbook.goals.length), 0, goal);
      return Promise.resolve(structuredClone(goal));
    },
    'goals:reorder': ({ kind, ids }) => {
      const ordered = ids.map((id) => state.workbook.goals[goalIndex(id)] as Goal);
      let next = 0;
      state.workbook.goals = state.workbook.goals.map((goal) =>
        goal.kind === kind ? (ordered[next++] ?? goal) : goal,
      );
      return Promise.resolve(structuredClone(state.workbook.goals));
    },
    'review:get': review,
    'review:save': ({ rev, value }) => {
      checkRev(rev, state.workbook.review.rev);
      state.workbook.review = { rev: rev + 1, value };
      return review();
    },
    ...approvalHandlers(state),
    ...complaintHandlers(state),
    ...customerHandlers(state),
  };

  async function call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    state.calls.push({ method, input: structuredClone(input) });
    const failure = failures.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success)
      return fail('invalid-input', parsed.error.issues[0]?.message ?? 'Invalid.');
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    try {
      if (editingMethods.has(method)) assertEditable(state.workbook);
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof Conflict) return fail('conflict', error.message);
      if (error instanceof MemoryError || error instanceof AppError) {
        return fail(error.code, error.message);
      }
      throw error;
    }
  }

  state.api = Object.fromEntries(
    methodNames.map((method) => [method, (input?: unknown) => call(method, input)]),
  ) as Api;
  return state;
}
