import { contract, type Api, type Handlers } from '../../../src/shared/api/contract';
import { methodNames, type MethodName } from '../../../src/shared/api/methods';
import { fail, ok, type ApiError, type Result } from '../../../src/shared/api/result';
import { emptyWorkbook, type Workbook } from '../../../src/shared/domain/workbook';
import type { Notice } from '../../../src/shared/api/contract';

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
}

class Conflict extends Error {}

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
  };
  seed(state.workbook);
  const failures = new Map<MethodName, ApiError[]>();
  const checkRev = (rev: number, stored: number) => {
    if (rev !== stored) throw new Conflict('This was changed in another window.');
  };

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
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof Conflict) return fail('conflict', error.message);
      throw error;
    }
  }

  state.api = Object.fromEntries(
    methodNames.map((method) => [method, (input?: unknown) => call(method, input)]),
  ) as Api;
  return state;
}
