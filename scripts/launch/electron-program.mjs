// @ts-check
// The Electron program (about 100 MB) is not in the npm package: the package downloads it the
// first time something loads `electron` or runs its installer. These helpers find it without
// loading the package (which would start a download we cannot report on), fetch it through the
// package's own installer, and check what arrived.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { explainFetchFailure } from './fetch-failure.mjs';

/**
 * @typedef {object} ElectronPackage
 * @property {string} dir the electron package's folder in node_modules
 * @property {string} version the Electron version the package installs
 */

/**
 * @typedef {{ ok: true, executable: string } | { ok: false, reason: string }} ProgramResult
 */

/** Stop waiting for a download that has not finished after this long. */
const downloadLimitMs = 20 * 60 * 1000;

/**
 * @param {string} projectDir
 * @returns {ElectronPackage | undefined}
 */
export function findElectronPackage(projectDir) {
  try {
    const manifest = createRequire(join(projectDir, 'package.json')).resolve(
      'electron/package.json',
    );
    const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
    return { dir: dirname(manifest), version: String(version) };
  } catch {
    return undefined;
  }
}

/** The program's file name inside dist/, as the installer names it. */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * Where the program is, the way the electron package's own index.js finds it
 * (path.txt under the package, dist/ or ELECTRON_OVERRIDE_DIST_PATH), or undefined.
 * @param {ElectronPackage} electron
 * @param {NodeJS.ProcessEnv} env
 */
export function installedProgram(electron, env) {
  const pathFile = join(electron.dir, 'path.txt');
  const named = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, named || platformExecutable());
    return existsSync(executable) ? executable : undefined;
  }
  if (!named) return undefined;
  const executable = join(electron.dir, 'dist', named);
  return existsSync(executable) && installedVersion(electron) === electron.version
    ? executable
    : undefined;
}

/** The version the installer wrote beside the program (dist/version), if any. */
function installedVersion(/** @type {ElectronPackage} */ electron) {
  try {
    return readFileSync(join(electron.dir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
  } catch {
    return undefined;
  }
}

/**
 * Runs the electron package's installer (install.js) and checks the result: the version file
 * matches, the program is there and runs, and says its version. The installer itself checks
 * the download against the SHA-256 sums the package ships (checksums.json).
 * @param {ElectronPackage} electron
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} say
 * @returns {Promise<ProgramResult>}
 */
export async function fetchElectronProgram(electron, env, say) {
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return {
      ok: false,
      reason:
        'downloading it is turned off on this computer (ELECTRON_SKIP_BINARY_DOWNLOAD is set)',
    };
  }
  say(
    `Downloading the desktop program (Electron ${electron.version}, about 100 MB). This happens once and can take a few minutes…`,
  );
  const installer = await runInstaller(electron, env, say);
  if (!installer.ok) return installer;
  const executable = installedProgram(electron, env);
  if (!executable) {
    return { ok: false, reason: 'the download finished but the program is not where it should be' };
  }
  return checkProgramRuns(executable, electron.version, env);
}

/**
 * @param {ElectronPackage} electron
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} say
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
function runInstaller(electron, env, say) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electron.dir, 'install.js')], {
      cwd: electron.dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errorText = '';
    child.stderr.on('data', (chunk) => (errorText += String(chunk)));
    const started = Date.now();
    // Say it is still working, so a slow rural connection does not look like a hang.
    const ticker = setInterval(() => {
      say(`  still downloading (${Math.round((Date.now() - started) / 1000)} s)…`);
    }, 30_000);
    const limit = setTimeout(() => child.kill(), downloadLimitMs);
    child.on('error', (error) => (errorText += error.message));
    child.on('close', (code) => {
      clearInterval(ticker);
      clearTimeout(limit);
      if (code === 0) resolve({ ok: true });
      else if (Date.now() - started >= downloadLimitMs) {
        resolve({ ok: false, reason: 'the download did not finish within 20 minutes' });
      } else resolve({ ok: false, reason: explainFetchFailure(errorText) });
    });
  });
}

/**
 * @param {string} executable
 * @param {string} version
 * @param {NodeJS.ProcessEnv} env
 * @returns {ProgramResult}
 */
function checkProgramRuns(executable, version, env) {
  try {
    if (process.platform !== 'win32') accessSync(executable, constants.X_OK);
  } catch {
    return { ok: false, reason: 'the downloaded program is not allowed to run' };
  }
  const run = spawnSync(executable, ['--version'], {
    env: withoutRunAsNode(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  const said = String(run.stdout ?? '')
    .trim()
    .replace(/^v/, '');
  if (run.status === 0 && said === version) return { ok: true, executable };
  const detail =
    String(run.stderr ?? '')
      .trim()
      .split('\n')[0] ||
    run.error?.message ||
    '';
  return {
    ok: false,
    reason: `the downloaded program does not run on this computer${detail ? ` (${detail})` : ''}`,
  };
}

/**
 * ELECTRON_RUN_AS_NODE makes the program behave as plain Node; never pass it on.
 * @param {NodeJS.ProcessEnv} env
 */
export function withoutRunAsNode(env) {
  const { ELECTRON_RUN_AS_NODE: _dropped, ...rest } = env;
  return rest;
}

/**
 * The program, fetched first if it is missing.
 * @param {string} projectDir
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} say
 * @returns {Promise<ProgramResult>}
 */
export async function ensureElectronProgram(projectDir, env, say) {
  const electron = findElectronPackage(projectDir);
  if (!electron) {
    return { ok: false, reason: 'the electron package is not installed (run npm install first)' };
  }
  const present = installedProgram(electron, env);
  if (present) return { ok: true, executable: present };
  return fetchElectronProgram(electron, env, say);
}
