// @ts-check
// `npm start`: fetch the Electron program if it is missing, build, then open the desktop app.
// Where the program cannot be had (no internet, a proxy, a locked-down PC), say why in one
// line and open browser mode on the same data folder instead, so the work can go on.
import { join } from 'node:path';
import { buildApp } from './build-app.mjs';
import { ensureElectronProgram, withoutRunAsNode } from './electron-program.mjs';
import { openInBrowser } from './open-browser.mjs';
import { runChild } from './run-child.mjs';

/**
 * @typedef {object} StartOptions
 * @property {string} projectDir the folder holding package.json and node_modules
 * @property {string[]} args what followed `npm start --`, passed on (e.g. --data-dir DIR)
 * @property {NodeJS.ProcessEnv} env
 * @property {(line: string) => void} say
 */

/**
 * @param {StartOptions} options
 * @returns {Promise<number>} the exit code
 */
export async function startApp({ projectDir, args, env, say }) {
  const program = await ensureElectronProgram(projectDir, env, say);
  if (!program.ok) {
    say(
      `The desktop window cannot open because its program could not be set up: ${program.reason}. LOS Builder opens in your web browser instead, on the same data; run npm start again once this is solved to get the desktop window.`,
    );
  }
  say('Building LOS Builder…');
  const built = await buildApp(projectDir, env);
  if (!built.ok) {
    say(built.output.trim());
    say('LOS Builder could not be built; the lines above say why.');
    return 1;
  }
  if (program.ok) {
    return runChild(program.executable, [projectDir, ...args], {
      cwd: projectDir,
      env: withoutRunAsNode(env),
    });
  }
  return runBrowserMode(projectDir, args, env, say);
}

/**
 * Browser mode on the desktop app's data folder (serve.js picks the same folder), on any free
 * port unless one was asked for; the address is opened once the server says it is listening.
 * @param {string} projectDir
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} say
 */
function runBrowserMode(projectDir, args, env, say) {
  const portGiven = args.some((arg) => arg === '--port' || arg.startsWith('--port='));
  const serveArgs = [
    join(projectDir, 'out', 'main', 'serve.js'),
    ...(portGiven ? [] : ['--port', '0']),
    ...args,
  ];
  return runChild(process.execPath, serveArgs, {
    cwd: projectDir,
    env,
    ipc: true,
    onMessage: (message) => {
      const url = listeningUrl(message);
      if (!url) return;
      void openInBrowser(url, env).then((opened) =>
        say(
          opened
            ? 'Opened it in your web browser.'
            : 'Open that address in a web browser on this computer.',
        ),
      );
    },
  });
}

/** @param {unknown} message */
function listeningUrl(message) {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, url } = /** @type {{ type?: unknown, url?: unknown }} */ (message);
  return type === 'listening' && typeof url === 'string' ? url : undefined;
}
