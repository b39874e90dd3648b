import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron-style event whose default action a listener may cancel. */
export interface FakeEvent {
  preventDefault: () => void;
  defaultPrevented: boolean;
}

export function fakeEvent<T extends object>(fields: T = {} as T): T & FakeEvent {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault(): void {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

/** The session calls the shell makes; records the handlers so tests can ask them. */
export class FakeSession {
  permissionRequest: PermissionRequestHandler | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermission = handler;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  readonly mainFrame = { url: 'app://los/index.html', processId: 4, routingId: 1 };
  windowOpenHandler: WindowOpenHandler | null = null;
  devToolsOpen = false;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  openDevTools(): void {
    this.devToolsOpen = true;
    this.emit('devtools-opened');
  }
  closeDevTools(): void {
    this.devToolsOpen = false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  visible = false;
  focused = false;
  minimized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximized = false;
  normalBounds = { x: 40, y: 30, width: 1200, height: 860 };
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  restore(): void {
    this.minimized = false;
  }
}

/**
 * The `app` object: `quit()` emits before-quit like Electron does and only ends the app when no
 * listener prevented it, so a test can see whether quitting was held back.
 */
export class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  quitted = false;
  readonly calls: string[] = [];
  readonly enableSandbox = vi.fn(() => this.calls.push('enableSandbox'));
  readonly setAboutPanelOptions = vi.fn();
  readonly whenReady = vi.fn(() => {
    this.calls.push('whenReady');
    return Promise.resolve();
  });
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  getPath(name: string): string {
    return `/fake/${name}`;
  }
  getPreferredSystemLanguages(): string[] {
    return ['en-US'];
  }
  getVersion(): string {
    return '9.8.7';
  }
  quit(): void {
    this.calls.push('quit');
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
}

/**
 * Each launch gets its own window list, so a launch from an earlier test that finishes late
 * cannot hand the next test a window it did not open.
 */
function windowClassOfOneLaunch() {
  const windows: FakeBrowserWindow[] = [];
  return class LaunchWindow extends FakeBrowserWindow {
    static readonly windows = windows;
    constructor(options: Record<string, unknown>) {
      super(options);
      windows.push(this);
    }
  };
}

/** A fresh fake of the parts of `electron` the shell uses. */
export function createFakeElectron() {
  FakeBrowserWindow.instances = [];
  return {
    app: new FakeApp(),
    BrowserWindow: windowClassOfOneLaunch(),
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
