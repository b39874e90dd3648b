import { afterEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../src/shared/api/methods';
import type { Result } from '../../../src/shared/api/result';
import { emptyWorkbook } from '../../../src/shared/domain/workbook';
import { AppError } from '../../../src/main/app-error';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './fake-electron';

// The composition root runs on import, so each test loads it afresh with new fakes.

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

function fakeStore() {
  const pendingFlush = deferred();
  const order: string[] = [];
  const store = {
    notices: [{ level: 'info' as const, saying: 'Restored the copy saved at 9:14.' }],
    repository: {
      read: () => emptyWorkbook(),
      update: vi.fn(),
      flush: vi.fn(async () => {
        order.push('flush started');
        await pendingFlush.promise;
        order.push('flush done');
      }),
    },
    close: vi.fn(() => {
      order.push('close');
      return Promise.resolve();
    }),
  };
  return { store, pendingFlush, order };
}

const originalArgv = process.argv;
afterEach(() => {
  process.argv = originalArgv;
  vi.doUnmock('electron');
  vi.doUnmock('../../../src/main/store/open-store');
});

type AppErrorClass = typeof AppError;

interface LaunchOptions {
  hasLock?: boolean;
  /** Receives the AppError class of the freshly loaded modules (instanceof needs that one). */
  openStore?: (fresh: AppErrorClass) => Promise<unknown>;
}

async function launch(options: LaunchOptions = {}) {
  vi.resetModules();
  const { AppError: FreshAppError } = await import('../../../src/main/app-error');
  const electron = createFakeElectron();
  electron.app.hasLock = options.hasLock ?? true;
  const { store, pendingFlush, order } = fakeStore();
  const opener = options.openStore;
  const openStore = vi.fn(opener ? () => opener(FreshAppError) : () => Promise.resolve(store));
  vi.doMock('electron', () => electron);
  vi.doMock('../../../src/main/store/open-store', () => ({ openStore }));
  process.argv = ['/usr/bin/electron', 'out/main/index.js', '--data-dir', '/tmp/los-board'];
  await import('../../../src/main/index');
  return { electron, store, pendingFlush, order, openStore };
}

async function mainWindow(electron: FakeElectron): Promise<FakeBrowserWindow> {
  return vi.waitFor(() => {
    const window = electron.BrowserWindow.windows[0];
    if (!window) throw new Error('no window yet');
    return window;
  });
}

type IpcListener = (event: unknown, input?: unknown) => Promise<Result<unknown>>;

function ipcListener(electron: FakeElectron, method: string): IpcListener {
  const call = electron.ipcMain.handle.mock.calls.find((c: unknown[]) => c[0] === method);
  if (!call) throw new Error(`${method} is not registered`);
  return call[1] as IpcListener;
}

describe('start-up', () => {
  it('enables the sandbox and registers the app scheme before the app is ready', async () => {
    const { electron } = await launch();
    expect(electron.app.calls.indexOf('enableSandbox')).toBeLessThan(
      electron.app.calls.indexOf('whenReady'),
    );
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    await mainWindow(electron);
  });

  it('opens the store in the --data-dir folder and shows the app page', async () => {
    const { electron, openStore } = await launch();
    const window = await mainWindow(electron);
    expect(openStore).toHaveBeenCalledWith({ dataDir: '/tmp/los-board', appVersion: '9.8.7' });
    expect(window.loadedUrl).toBe('app://los/index.html');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('answers every API method over IPC for the app window only', async () => {
    const { electron } = await launch();
    const window = await mainWindow(electron);
    const registered = electron.ipcMain.handle.mock.calls.map((c: unknown[]) => c[0]);
    expect(registered).toEqual([...methodNames]);

    const status = ipcListener(electron, 'app:status');
    expect(await status({ senderFrame: window.webContents.mainFrame })).toEqual({
      ok: true,
      value: {
        appVersion: '9.8.7',
        schemaVersion: currentSchemaVersion,
        mode: 'desktop',
        notices: [{ level: 'info', message: 'Restored the copy saved at 9:14.' }],
        utility: { key: 'first', count: 1, example: false },
        language: null,
      },
    });
    const stranger = { senderFrame: { url: 'https://example.com/', processId: 5, routingId: 1 } };
    expect(await status(stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('shows the store’s plain message and quits when the folder cannot be opened', async () => {
    const message = 'LOS Builder is already open on this folder in another window or computer.';
    const { electron } = await launch({
      openStore: (FreshAppError) => Promise.reject(new FreshAppError('storage', message)),
    });
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('LOS Builder cannot open', message);
    expect(electron.BrowserWindow.windows).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });
  it('shows a general message, not a stack trace, for an unexpected start-up failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { electron } = await launch({
      openStore: () =>
        Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
    });
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'LOS Builder cannot open',
      'LOS Builder could not start. Your saved work has not been changed.',
    );
  });
});

describe('a second launch', () => {
  it('quits at once without touching the data folder', async () => {
    const { electron, openStore } = await launch({ hasLock: false });
    expect(electron.app.quitted).toBe(true);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(openStore).not.toHaveBeenCalled();
  });

  it('brings the first window back to the front', async () => {
    const { electron } = await launch();
    const window = await mainWindow(electron);
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });
});

describe('quitting', () => {
  it('waits for the pending save, then closes the store, then quits', async () => {
    const { electron, store, pendingFlush, order } = await launch();
    await mainWindow(electron);

    electron.app.quit();
    expect(electron.app.quitted).toBe(false);
    await vi.waitFor(() => expect(order).toEqual(['flush started']));
    // Asking again while the save is running neither quits nor starts a second close.
    electron.app.quit();
    expect(electron.app.quitted).toBe(false);
    expect(store.close).not.toHaveBeenCalled();

    pendingFlush.resolve();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(order).toEqual(['flush started', 'flush done', 'close']);
    expect(store.repository.flush).toHaveBeenCalledTimes(1);
  });

  it('still quits when the last save failed', async () => {
    const { electron, store } = await launch();
    await mainWindow(electron);
    store.repository.flush.mockRejectedValueOnce(new AppError('storage', 'The disk is full.'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
    expect(store.close).toHaveBeenCalledTimes(1);
  });
});
