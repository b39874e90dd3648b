import type { Api } from '../shared/api/contract';
import type { MenuCommand } from '../shared/api/menu-commands';

declare global {
  interface Window {
    /** Present in the Electron window only; browser mode talks HTTP instead. */
    api?: Api;
    /** The desktop File menu's commands (Electron window only); answers a function to stop. */
    losMenu?: { onCommand(listener: (command: MenuCommand) => void): () => void };
  }
}
