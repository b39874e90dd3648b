import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, screen, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { AppError } from './app-error';
import { resolveDataDir } from './app-paths';
import { openApp, type OpenedApp } from './library/open-app';
import type { UtilityLibrary } from './library/utility-library';
import { readLanguage } from './library/preferences';
import { installMenu } from './menu';
import { createSaveDialogDelivery } from './platform/save-dialog';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { appHost, appScheme } from './resolve-app-file';
import { installSecurity } from './security';
import { menuCommandChannel } from '../shared/api/menu-commands';
import type { Language } from '../shared/domain/printed-date';
import { screenLanguage } from '../shared/i18n/screen-language';
import { nodeFsPort } from './store/fs-port';
import { createDispatcher } from './transport/dispatch';
import { isTrustedSender, registerIpcHandlers, rendererOrigins } from './transport/ipc';
import { createMainWindow, mainWindowSizes, windowPlaceOf } from './window';
import { placeWindow, type WindowPlace } from './window-place/window-place';
import { readWindowPlace, saveWindowPlace } from './window-place/window-place-file';

// The composition root: the one place that wires Electron to the store, handlers and window.

// Built layout: out/main/index.js beside out/preload and out/renderer (inside app.asar).
const outDir = dirname(dirname(fileURLToPath(import.meta.url)));
const preloadPath = join(outDir, 'preload', 'index.cjs');
const rendererDir = join(outDir, 'renderer');

// electron-vite's dev server only in development: a packaged app ignores the variable.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const allowedOrigins = rendererOrigins(devServerUrl);
const pageUrl = devServerUrl ?? `${appScheme}://${appHost}/index.html`;

let mainWindow: BrowserWindow | undefined;
/** Where the window was last closed (this run or the one before), to open there again. */
let lastPlace: WindowPlace | undefined;
/** The data folder, which also keeps the window's place (so `--data-dir` keeps everything). */
let placeFolder: string | undefined;
/** The place being saved as the window closes; quitting waits for it. */
let placeSaved: Promise<unknown> = Promise.resolve();

registerAppScheme();
app.enableSandbox();
installSecurity(app, {
  allowedOrigins,
  isPackaged: app.isPackaged,
  openExternal: (url) => shell.openExternal(url),
});

// One copy of the app owns the data folder; a second launch hands over to it and leaves.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart(error));
} else {
  app.quit();
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  // Read alongside the store (it never rejects); awaited only when the window is made.
  const placeRead = readWindowPlace(dataDir);
  let opened: OpenedApp;
  try {
    opened = await openApp({
      root: dataDir,
      appVersion: app.getVersion(),
      mode: 'desktop',
      delivery: createSaveDialogDelivery({
        dialog,
        shell,
        window: () => mainWindow,
        defaultFolder: () => app.getPath('documents'),
      }),
      // openPath answers an error message, or '' when the file manager opened.
      showFolder: async (folder) => (await shell.openPath(folder)) === '',
      onLanguageChosen: installMenuIn,
    });
  } catch (error) {
    failToStart(error);
    return;
  }
  const { library, handlers } = opened;
  closeLibraryBeforeQuit(library);
  placeFolder = dataDir;

  registerIpcHandlers(ipcMain, createDispatcher(handlers), (event) =>
    isTrustedSender(event, { mainFrame: () => mainWindow?.webContents.mainFrame, allowedOrigins }),
  );
  handleAppProtocol(rendererDir);
  app.setAboutPanelOptions({
    applicationName: 'LOS Builder',
    applicationVersion: app.getVersion(),
  });
  // The page follows the same rule from navigator.languages, so both agree on a first start.
  installMenuIn(
    screenLanguage(await readLanguage(nodeFsPort, dataDir), app.getPreferredSystemLanguages()),
  );
  lastPlace = await placeRead;
  openMainWindow();

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) openMainWindow();
  });
}

function installMenuIn(language: Language): void {
  installMenu({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    language,
    send: (command) => mainWindow?.webContents.send(menuCommandChannel, command),
  });
}

function openMainWindow(): void {
  const screens = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath,
    url: pageUrl,
    isPackaged: app.isPackaged,
    place: placeWindow(lastPlace, screens, mainWindowSizes),
    onClose: rememberPlace,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

function rememberPlace(place: WindowPlace): void {
  lastPlace = place;
  if (placeFolder) placeSaved = saveWindowPlace(placeFolder, place);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * Quitting waits for the save in flight: the first before-quit is held back until the open
 * utility has flushed and released its lock, then the app quits for real.
 */
function closeLibraryBeforeQuit(library: UtilityLibrary): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    // Quitting from the menu closes the window only after this: its place is saved now.
    if (mainWindow) rememberPlace(windowPlaceOf(mainWindow));
    void closeLibrary(library).finally(() => {
      state = 'closed';
      app.quit();
    });
  });
}

async function closeLibrary(library: UtilityLibrary): Promise<void> {
  await placeSaved;
  try {
    await (await library.current()).store.repository.flush();
  } catch (error) {
    // The failed save already told the user; quitting must not hang on it.
    console.error('LOS Builder could not finish saving before quitting:', error);
  }
  try {
    await library.close();
  } catch (error) {
    console.error('LOS Builder could not close its data folder cleanly:', error);
  }
}

function failToStart(error: unknown): void {
  const message =
    error instanceof AppError
      ? error.message
      : 'LOS Builder could not start. Your saved work has not been changed.';
  if (!(error instanceof AppError)) console.error('LOS Builder failed to start:', error);
  dialog.showErrorBox('LOS Builder cannot open', message);
  app.quit();
}
