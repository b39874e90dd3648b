import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/api/contract';
import { isMenuCommand, menuCommandChannel, type MenuCommand } from '../shared/api/menu-commands';
import { methodNames } from '../shared/api/methods';

// One named function per API method and nothing else: the page can never pick a channel
// itself, so it cannot reach any IPC handler the contract does not list. This file imports only
// electron and the method list so the sandboxed CommonJS bundle stays small and has no Node.
// Each call carries the language the page shows (its `lang`, which the app sets), so main's
// refusals come back in the words the reader reads.
const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input?: unknown) => ipcRenderer.invoke(method, input, document.documentElement.lang),
  ]),
) as Api;

contextBridge.exposeInMainWorld('api', api);

// The File menu's commands, and only those: the page gets a command's name, never the event.
contextBridge.exposeInMainWorld('losMenu', {
  onCommand(listener: (command: MenuCommand) => void): () => void {
    const heard = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, heard);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, heard);
    };
  },
});
