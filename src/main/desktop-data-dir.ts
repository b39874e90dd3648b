import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder the desktop app keeps its data in (Electron's userData for "LOS Builder"),
 * worked out without Electron, so browser mode and the command line open the same records.
 */
export function desktopDataDir(): string {
  const home = homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'LOS Builder');
}
