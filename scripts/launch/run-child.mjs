// @ts-check
// Runs a long-lived child (the desktop app or browser mode) and passes Ctrl+C and other stop
// signals to it exactly once, so it can finish its last save before everything exits.
import { spawn } from 'node:child_process';

const stopSignals = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
// npm and the terminal may both deliver one Ctrl+C; a second one this soon is the same press.
const samePressMs = 1000;

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, ipc?: boolean, onMessage?: (message: unknown) => void }} options
 * @returns {Promise<number>} the child's exit code (1 if a signal ended it)
 */
export function runChild(command, args, options) {
  // On POSIX the child gets its own process group, so a Ctrl+C reaches it once, from us.
  // Windows has no groups to speak of: the console sends Ctrl+C to every process on it.
  const ownGroup = process.platform !== 'win32';
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: options.ipc ? ['ignore', 'inherit', 'inherit', 'ipc'] : 'inherit',
    detached: ownGroup,
  });
  if (options.onMessage) child.on('message', options.onMessage);
  let lastForward = 0;
  /** @param {NodeJS.Signals} signal */
  const forward = (signal) => {
    if (Date.now() - lastForward < samePressMs) return;
    lastForward = Date.now();
    if (ownGroup || signal !== 'SIGINT') child.kill(signal);
  };
  for (const signal of stopSignals) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      for (const signal of stopSignals) process.off(signal, forward);
      resolve(code ?? 1);
    });
  });
}
