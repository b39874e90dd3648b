import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import {
  appOrigin,
  isTrustedSender,
  originOf,
  registerIpcHandlers,
  rendererOrigins,
  type IpcMainLike,
  type SenderEventLike,
} from '../../../src/main/transport/ipc';
import { methodNames } from '../../../src/shared/api/methods';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { createFakeHandlers } from '../../support/fake-handlers';
import { eventFrom, fakeFrame, FakeIpcMain } from '../../support/fake-ipc-main';

const forbiddenMessage = 'This window is not allowed to read or change LOS Builder data.';
const internalErrorMessage =
  'Something went wrong inside LOS Builder. Your saved work is safe; try again.';

const mainFrame = fakeFrame('app://los/index.html');
const trustOptions = { mainFrame: () => mainFrame, allowedOrigins: rendererOrigins(undefined) };

function setUp(handlers = createFakeHandlers()) {
  const ipcMain = new FakeIpcMain();
  registerIpcHandlers(ipcMain, createDispatcher(handlers, { checkOutputs: true }), (event) =>
    isTrustedSender(event, trustOptions),
  );
  return ipcMain;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isTrustedSender', () => {
  it('trusts the app window main frame on the app origin', () => {
    expect(isTrustedSender(eventFrom(mainFrame), trustOptions)).toBe(true);
  });

  it.each([
    ['a null frame (navigated away or destroyed)', null],
    ['a subframe of the app window, even on the app origin', fakeFrame('app://los/index.html')],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender(eventFrom(frame), trustOptions)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///home/user/index.html',
    'app://other/index.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
  ])('refuses the main frame once it shows %s', (url) => {
    const frame = fakeFrame(url);
    expect(isTrustedSender(eventFrom(frame), { ...trustOptions, mainFrame: () => frame })).toBe(
      false,
    );
  });

  it('refuses everything before the window exists', () => {
    expect(
      isTrustedSender(eventFrom(mainFrame), { ...trustOptions, mainFrame: () => undefined }),
    ).toBe(false);
  });

  it('trusts the dev server only when development passes its URL', () => {
    const devFrame = fakeFrame('http://localhost:5173/');
    const options = {
      mainFrame: () => devFrame,
      allowedOrigins: rendererOrigins('http://localhost:5173'),
    };
    expect(isTrustedSender(eventFrom(devFrame), options)).toBe(true);
    expect(rendererOrigins(undefined)).toEqual([appOrigin]);
  });
});

describe('originOf', () => {
  it('keeps the custom scheme and host that WHATWG URL reports as "null"', () => {
    expect(new URL('app://los/x').origin).toBe('null');
    expect(originOf('app://los/index.html#/step')).toBe('app://los');
    expect(originOf('http://localhost:5173/a?b')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeUndefined();
  });
});

describe('registerIpcHandlers', () => {
  it('registers every method of the contract, and nothing else', () => {
    expect(setUp().channels().sort()).toEqual([...methodNames].sort());
  });

  it('answers the trusted main frame', async () => {
    const ipcMain = setUp();
    expect(
      await ipcMain.invoke('wizard:setStep', eventFrom(mainFrame), { currentStep: 'scope' }),
    ).toEqual({
      ok: true,
      value: { currentStep: 'scope' },
    });
    expect(await ipcMain.invoke('wizard:get', eventFrom(mainFrame))).toEqual({
      ok: true,
      value: { currentStep: 'scope' },
    });
  });

  const evilPage = fakeFrame('https://evil.example/');
  it.each([
    ['the main frame navigated to a foreign origin', evilPage, evilPage],
    ['a subframe on the app origin', fakeFrame('app://los/index.html'), mainFrame],
    ['a null frame', null, mainFrame],
  ])(
    'refuses %s with a forbidden Result and leaves the data alone',
    async (_label, sender, top) => {
      const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const handlers = createFakeHandlers();
      const setStep = vi.spyOn(handlers, 'wizard:setStep');
      const ipcMain = new FakeIpcMain();
      registerIpcHandlers(ipcMain, createDispatcher(handlers, { checkOutputs: true }), (event) =>
        isTrustedSender(event, { ...trustOptions, mainFrame: () => top }),
      );
      const result = await ipcMain.invoke('wizard:setStep', eventFrom(sender), {
        currentStep: 'scope',
      });
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', message: forbiddenMessage },
      });
      expect(setStep).not.toHaveBeenCalled();
      expect(warned).toHaveBeenCalledOnce();
    },
  );

  it('answers invalid input with the field message', async () => {
    const result = await setUp().invoke('utility:save', eventFrom(mainFrame), {
      rev: 0,
      value: { ...emptyUtilityProfile, connections: 2.5 },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: { 'value.connections': 'Connections must be a whole number, such as 250.' },
      },
    });
  });

  it('answers in the language the page sends with the call', async () => {
    const input = { rev: 0, value: { ...emptyUtilityProfile, connections: 2.5 } };
    const inSpanish = await setUp().invoke('utility:save', eventFrom(mainFrame), input, 'es');
    expect(inSpanish).toMatchObject({
      error: {
        fields: { 'value.connections': 'Conexiones: debe ser un número entero, como 250.' },
      },
    });
    // Anything but a language the app speaks is English, as a call without one.
    const unknown = await setUp().invoke('utility:save', eventFrom(mainFrame), input, 'fr');
    expect(unknown).toMatchObject({
      error: {
        fields: { 'value.connections': 'Connections must be a whole number, such as 250.' },
      },
    });
  });

  it('turns a throwing handler into a Result, never a rejection', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ipcMain = setUp(
      createFakeHandlers({
        'scope:get': () => Promise.reject(new AppError('storage', 'The disk is full.')),
        'wizard:get': () => Promise.reject(new Error('boom')),
      }),
    );
    await expect(ipcMain.invoke('scope:get', eventFrom(mainFrame))).resolves.toEqual({
      ok: false,
      error: { code: 'storage', message: 'The disk is full.' },
    });
    await expect(ipcMain.invoke('wizard:get', eventFrom(mainFrame))).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: internalErrorMessage },
    });
  });

  it("accepts Electron's own ipcMain and invoke event types", () => {
    expectTypeOf<IpcMain>().toExtend<IpcMainLike<IpcMainInvokeEvent>>();
    expectTypeOf<IpcMainInvokeEvent>().toExtend<SenderEventLike>();
  });
});
