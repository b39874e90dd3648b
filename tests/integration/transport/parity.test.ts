import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { startHttpServer } from '../../../src/main/transport/http';
import { isTrustedSender, registerIpcHandlers } from '../../../src/main/transport/ipc';
import type { Handlers } from '../../../src/shared/api/contract';
import { isMethodName } from '../../../src/shared/api/methods';
import type { ErrorCode, Result } from '../../../src/shared/api/result';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { createFakeHandlers } from '../../support/fake-handlers';
import { eventFrom, fakeFrame, FakeIpcMain } from '../../support/fake-ipc-main';
import { callApi } from '../../support/serve-client';

interface Case {
  name: string;
  /** Calls made first, on both transports, to bring the data to the same state. */
  before?: [string, unknown][];
  method: string;
  input?: unknown;
  overrides?: Partial<Handlers>;
  /** What both must answer: ok, or the error code. */
  expected: 'ok' | ErrorCode;
}

const cases: Case[] = [
  {
    name: 'a valid call',
    method: 'wizard:setStep',
    input: { currentStep: 'scope' },
    expected: 'ok',
  },
  { name: 'a call without input', method: 'utility:get', expected: 'ok' },
  {
    name: 'a save after another save',
    before: [['utility:save', { rev: 0, value: { ...emptyUtilityProfile, name: 'Rio' } }]],
    method: 'utility:save',
    input: { rev: 1, value: { ...emptyUtilityProfile, name: ' Rio Water ' } },
    expected: 'ok',
  },
  {
    name: 'invalid input',
    method: 'utility:save',
    input: { rev: 0, value: { ...emptyUtilityProfile, connections: 2.5 } },
    expected: 'invalid-input',
  },
  {
    name: 'input to a method that takes none',
    method: 'scope:get',
    input: { all: true },
    expected: 'invalid-input',
  },
  { name: 'missing input', method: 'wizard:setStep', expected: 'invalid-input' },
  {
    name: 'a stale revision',
    before: [['scope:get', undefined]],
    method: 'utility:save',
    input: { rev: 7, value: emptyUtilityProfile },
    expected: 'conflict',
  },
  {
    name: 'a handler failing with an AppError',
    method: 'scope:get',
    overrides: {
      'scope:get': () =>
        Promise.reject(new AppError('storage', 'The disk is full.', { disk: 'Free some space.' })),
    },
    expected: 'storage',
  },
  {
    name: 'a handler failing unexpectedly',
    method: 'wizard:get',
    overrides: { 'wizard:get': () => Promise.reject(new RangeError('index 9 out of range')) },
    expected: 'internal',
  },
  {
    name: 'an unknown method',
    method: 'files:delete',
    input: { path: '/' },
    expected: 'unknown-method',
  },
];

const appFrame = fakeFrame('app://los/index.html');

async function throughIpc(test: Case): Promise<Result<unknown> | 'not reachable'> {
  const ipcMain = new FakeIpcMain();
  registerIpcHandlers(
    ipcMain,
    createDispatcher(createFakeHandlers(test.overrides), { checkOutputs: true }),
    (event) => isTrustedSender(event, { mainFrame: () => appFrame, allowedOrigins: ['app://los'] }),
  );
  for (const [method, input] of test.before ?? []) {
    await ipcMain.invoke(method, eventFrom(appFrame), input);
  }
  // The preload exposes only named methods, so a page cannot even name an unknown channel.
  if (!ipcMain.channels().includes(test.method)) return 'not reachable';
  return ipcMain.invoke(test.method, eventFrom(appFrame), test.input);
}

async function throughHttp(test: Case): Promise<Result<unknown>> {
  const dispatch = createDispatcher(createFakeHandlers(test.overrides), { checkOutputs: true });
  const server = await startHttpServer({ dispatch, port: 0 });
  try {
    for (const [method, input] of test.before ?? []) {
      await callApi(server.port, server.token, method, input);
    }
    const { status, result } = await callApi(server.port, server.token, test.method, test.input);
    expect(status).toBe(200);
    return result;
  } finally {
    await server.close();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IPC and HTTP give the same answers', () => {
  it.each(cases.map((test) => [test.name, test] as const))('%s', async (_name, test) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const [ipc, http] = await Promise.all([throughIpc(test), throughHttp(test)]);
    if (isMethodName(test.method)) {
      expect(ipc).toEqual(http);
    } else {
      expect(ipc).toBe('not reachable');
      expect(http).toEqual(
        await createDispatcher(createFakeHandlers(), { checkOutputs: true })(
          test.method,
          test.input,
        ),
      );
    }
    expect(http.ok ? 'ok' : http.error.code).toBe(test.expected);
  });
});
