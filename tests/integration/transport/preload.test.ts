import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../src/shared/api/contract';
import { methodNames } from '../../../src/shared/api/methods';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'answer' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);
// The page the preload serves: the app sets its `lang` to the language it shows.
const page = { documentElement: { lang: 'en' } };
vi.stubGlobal('document', page);

await import('../../../src/preload/index');

function exposed(): Record<string, unknown> {
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, unknown];
  expect(name).toBe('api');
  return api as Record<string, unknown>;
}

describe('the preload', () => {
  it('exposes window.api, with exactly the contract methods as functions, and the menu’s commands', () => {
    const calls = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [string][];
    expect(calls.map(([name]) => name)).toEqual(['api', 'losMenu']);
    const api = exposed();
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function');
  });

  it('exposes no generic way to reach IPC', () => {
    const api = exposed();
    for (const name of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'require']) {
      expect(api).not.toHaveProperty(name);
    }
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('sends each method on the channel of the same name and answers its Result', async () => {
    const api = exposed() as unknown as Api;
    await expect(api['wizard:setStep']({ currentStep: 'scope' })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      'wizard:setStep',
      { currentStep: 'scope' },
      'en',
    );
    for (const method of methodNames) {
      await (exposed()[method] as (input?: unknown) => Promise<unknown>)({ probe: method });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(method, { probe: method }, 'en');
    }
  });

  it('sends the language the page shows with each call, so main refuses in it', async () => {
    page.documentElement.lang = 'es';
    await (exposed() as unknown as Api)['wizard:setStep']({ currentStep: 'scope' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      'wizard:setStep',
      { currentStep: 'scope' },
      'es',
    );
    page.documentElement.lang = 'en';
  });

  it('imports only electron and the method list, so the sandboxed bundle stays small', async () => {
    const source = await readFile(
      new URL('../../../src/preload/index.ts', import.meta.url),
      'utf8',
    );
    const imports = [...source.matchAll(/^import\s+(type\s+)?.*from\s+'([^']+)';$/gm)]
      .filter((match) => !match[1])
      .map((match) => match[2]);
    expect(imports.sort()).toEqual([
      '../shared/api/menu-commands',
      '../shared/api/methods',
      'electron',
    ]);
  });

  it('hands the page only the File menu’s command names, and lets it stop listening', () => {
    const [, menu] = electron.contextBridge.exposeInMainWorld.mock.calls[1] as [
      string,
      { onCommand: (listener: (command: string) => void) => () => void },
    ];
    expect(Object.keys(menu)).toEqual(['onCommand']);
    const heard: string[] = [];
    const stop = menu.onCommand((command) => heard.push(command));
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as unknown as [
      string,
      (event: unknown, command: unknown) => void,
    ];
    expect(channel).toBe('menu-command');
    relay({ sender: 'ipc' }, 'save-backup');
    relay({ sender: 'ipc' }, 'delete-everything');
    relay({ sender: 'ipc' }, { command: 'utilities' });
    expect(heard).toEqual(['save-backup']);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('menu-command', relay);
  });
});
