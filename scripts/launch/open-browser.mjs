// @ts-check
// Opens an address in the computer's default browser, where there is one. BROWSER=none turns
// this off and BROWSER=<program> picks the program, as other developer tools do.
import { spawn } from 'node:child_process';

/**
 * @param {string} url
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<boolean>} whether a browser program was started
 */
export function openInBrowser(url, env) {
  const chosen = env.BROWSER?.trim();
  if (chosen === 'none') return Promise.resolve(false);
  const [command, args, verbatim] = chosen
    ? [chosen, [url], false]
    : process.platform === 'darwin'
      ? ['open', [url], false]
      : process.platform === 'win32'
        ? // `start` is built into cmd; the quotes keep `#` and `&` in the address intact.
          ['cmd', ['/d', '/s', '/c', `start "" "${url}"`], true]
        : ['xdg-open', [url], false];
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'ignore',
      detached: true,
      windowsVerbatimArguments: verbatim,
    });
    child.on('error', () => resolve(false));
    child.on('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
