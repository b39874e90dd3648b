import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../src/main/window';
import { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const options = { preloadPath: '/app/out/preload/index.cjs', url: 'app://los/index.html' };

function open(isPackaged: boolean): FakeBrowserWindow {
  createMainWindow({ ...options, isPackaged });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

function preferencesOf(window: FakeBrowserWindow): Record<string, unknown> {
  return window.options.webPreferences as Record<string, unknown>;
}

beforeEach(() => {
  FakeBrowserWindow.instances = [];
});

describe('the main window', () => {
  it('sets every security preference explicitly', () => {
    expect(preferencesOf(open(false))).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
  });

  it('has no developer tools in a packaged build, and has them in development', () => {
    expect(preferencesOf(open(true)).devTools).toBe(false);
    expect(preferencesOf(open(false)).devTools).toBe(true);
  });

  it('is titled LOS Builder and loads the given page', () => {
    const window = open(true);
    expect(window.options.title).toBe('LOS Builder');
    expect(window.loadedUrl).toBe('app://los/index.html');
  });

  it('opens where it was last closed, maximized again if it was', () => {
    createMainWindow({
      ...options,
      isPackaged: true,
      place: { bounds: { x: 200, y: 100, width: 1000, height: 700 }, maximized: true },
    });
    const window = FakeBrowserWindow.instances.at(-1)!;
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
  });

  it('reports its normal bounds as it closes, so the next start opens there', () => {
    const closedAt: unknown[] = [];
    createMainWindow({ ...options, isPackaged: true, onClose: (place) => closedAt.push(place) });
    const window = FakeBrowserWindow.instances.at(-1)!;
    window.maximized = true;
    window.emit('close');
    expect(closedAt).toEqual([{ bounds: window.normalBounds, maximized: true }]);
  });

  it('stays hidden until its first paint is ready', () => {
    const window = open(true);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });
});
