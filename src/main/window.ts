import { BrowserWindow } from 'electron';
import type { WindowPlace, WindowSizes } from './window-place/window-place';

/** The window's first size, and the smallest it may be made. */
export const mainWindowSizes: WindowSizes = {
  width: 1200,
  height: 860,
  minWidth: 720,
  minHeight: 560,
};

export interface MainWindowOptions {
  /** Absolute path of the sandboxed CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  /** `app://los/index.html`, or electron-vite's dev server URL during development. */
  url: string;
  /** Packaged builds get no developer tools at all. */
  isPackaged: boolean;
  /** Where to open (`placeWindow`); the default size, centred, when left out. */
  place?: { bounds: Partial<WindowPlace['bounds']>; maximized: boolean };
  /** Told where the window was as it closes, to open there next time. */
  onClose?: (place: WindowPlace) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'LOS Builder',
    width: mainWindowSizes.width,
    height: mainWindowSizes.height,
    ...options.place?.bounds,
    minWidth: mainWindowSizes.minWidth,
    minHeight: mainWindowSizes.minHeight,
    // Shown once painted, so board members never see a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    // Every security-relevant preference is written out here, literally, even where it matches
    // Electron's default: a default change or a careless edit then shows in review, in the
    // tests and in Electronegativity's static scan (which cannot follow a helper function).
    webPreferences: {
      preload: options.preloadPath,
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
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries from Google on Windows and Linux; the
      // app makes no network requests of its own, so it stays off.
      spellcheck: false,
      devTools: !options.isPackaged,
    },
  });
  window.once('ready-to-show', () => {
    if (options.place?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => options.onClose?.(windowPlaceOf(window)));
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('LOS Builder could not load its window:', error);
  });
  return window;
}

/** Where a window is: its normal bounds (un-maximizing returns to them) and whether maximized. */
export function windowPlaceOf(window: BrowserWindow): WindowPlace {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
}
