import { createDispatcher } from '../../../src/main/transport/dispatch';
import type { Api } from '../../../src/shared/api/contract';
import { methodNames, type MethodName } from '../../../src/shared/api/methods';
import type { ApiError, Result } from '../../../src/shared/api/result';
import type { ComplaintLog } from '../../../src/shared/domain/customers/complaint-log';
import { emptyWorkbook, type Workbook } from '../../../src/shared/domain/workbook';
import type { Notice } from '../../../src/shared/api/setup-contract';
import { createMemoryBackend } from '../../support/memory-backend';
import { createTestDelivery, type TestDelivery } from './test-delivery';

export interface Call {
  method: MethodName;
  input: unknown;
}

export interface TestApi {
  /** This window's Api: main's real handlers behind the real dispatcher. */
  api: Api;
  /** A second window on the same stored data, as a second window really is; not recorded. */
  otherWindow: Api;
  /** What is stored now (a copy, read again on every access). */
  readonly workbook: Workbook;
  /** The complaint log as stored now. */
  readonly complaintLog: ComplaintLog;
  /** This window's calls, oldest first. */
  calls: Call[];
  /** Inputs of every call this window made to one method, oldest first. */
  inputsOf: (method: MethodName) => unknown[];
  /** This window's next call to `method` answers this error instead of running. */
  failNext: (method: MethodName, error: ApiError) => void;
  /** Start-up notices 'app:status' reports (the store's, set before the app starts). */
  notices: Notice[];
  /** How the export dialog answers, and what reached it. */
  delivery: TestDelivery;
}

export interface TestApiOptions {
  /** The complaint log already imported. */
  complaintLog?: ComplaintLog;
}

/**
 * The component tests' backend: main's real handlers and services over a store in memory, called
 * through the real dispatcher, which also checks every answer against the contract's output
 * schema. `seed` prepares the stored workbook before anything reads it. Inputs and answers are
 * copied on the way, as IPC and HTTP copy them, so the screen never shares objects with main.
 */
export function createTestApi(
  seed: (workbook: Workbook) => void = () => undefined,
  options: TestApiOptions = {},
): TestApi {
  const workbook = emptyWorkbook();
  seed(workbook);
  const delivery = createTestDelivery();
  const notices: Notice[] = [];
  const backend = createMemoryBackend({
    workbook,
    complaintLog: options.complaintLog,
    delivery: delivery.port,
    // Plain words, said as they are in either language.
    notices: () => notices.map(({ level, message }) => ({ level, saying: message })),
  });
  const dispatch = createDispatcher(backend.handlers, { checkOutputs: true });
  const calls: Call[] = [];
  const failures = new Map<MethodName, ApiError[]>();

  const api = apiOver((method, input) => {
    calls.push({ method, input: structuredClone(input) });
    const failure = failures.get(method)?.shift();
    if (failure) return Promise.resolve({ ok: false, error: failure });
    return dispatch(method, input);
  });

  return {
    api,
    otherWindow: apiOver(dispatch),
    get workbook() {
      return backend.repository.read();
    },
    get complaintLog() {
      return structuredClone(backend.complaints.read());
    },
    calls,
    inputsOf: (method) => calls.filter((call) => call.method === method).map((c) => c.input),
    failNext: (method, error) => failures.set(method, [...(failures.get(method) ?? []), error]),
    notices,
    delivery: delivery.settings,
  };
}

type Send = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** Every method of the contract as a call through `send`, as the HTTP client builds its Api. */
function apiOver(send: Send): Api {
  const call = async (method: MethodName, input: unknown) =>
    structuredClone(await send(method, structuredClone(input)));
  const entries = methodNames.map((method) => [method, (input?: unknown) => call(method, input)]);
  // The contract's per-method types cannot be expressed through a loop over names; the
  // dispatcher parses every input and checks every answer against the same contract.
  return Object.fromEntries(entries) as Api;
}
