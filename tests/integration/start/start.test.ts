import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../support/serve-client';
import {
  makeStartProject,
  runStart,
  useStandInInstaller,
  writeStandInProgram,
  type StartProject,
  type StartRun,
} from '../../support/start-project';

// `npm start` on a fresh computer: these run scripts/start.mjs in a throwaway checkout, with
// stand-ins for the Electron installer and program, never the network.

let project: StartProject;
const runs: StartRun[] = [];
let record: string;
let installerRan: string;

beforeEach(async () => {
  project = await makeStartProject();
  record = join(project.work, 'program-args.json');
  installerRan = join(project.work, 'installer-ran');
});

afterEach(async () => {
  for (const run of runs.splice(0)) run.child.kill('SIGKILL');
  await project.remove();
});

function start(env: Record<string, string>, args: string[] = []): StartRun {
  const run = runStart(
    project,
    {
      STAND_IN_RECORD: record,
      STAND_IN_INSTALLER_RAN: installerRan,
      BROWSER: 'none',
      ...env,
    },
    args,
  );
  runs.push(run);
  return run;
}

async function programArgs(): Promise<string[]> {
  return JSON.parse(await readFile(record, 'utf8')) as string[];
}

describe('npm start', () => {
  it('opens the desktop app without downloading when the program is already there', async () => {
    await useStandInInstaller(project, 'succeeds');
    const dist = join(project.work, 'electron-dist');
    await writeStandInProgram(dist);
    const run = start({ ELECTRON_OVERRIDE_DIST_PATH: dist }, ['--data-dir', '/srv/water']);
    expect(await run.exit()).toBe(0);
    expect(existsSync(installerRan)).toBe(false);
    expect(run.output()).not.toMatch(/Downloading/);
    expect(await programArgs()).toEqual([project.dir, '--data-dir', '/srv/water']);
    // The build ran first: the program was pointed at bundles that exist.
    expect(existsSync(join(project.dir, 'out', 'main', 'index.js'))).toBe(true);
  });

  it('downloads the program once through the installer, checks it, then opens the app', async () => {
    await useStandInInstaller(project, 'succeeds');
    const run = start({});
    expect(await run.exit()).toBe(0);
    expect(run.output()).toMatch(
      /Downloading the desktop program \(Electron 45\.5\.0, about 100 MB\)/,
    );
    expect(existsSync(installerRan)).toBe(true);
    expect(await programArgs()).toEqual([project.dir]);

    // The second start finds the program and downloads nothing.
    await writeFile(installerRan, '');
    await useStandInInstaller(project, 'fails');
    const again = start({});
    expect(await again.exit()).toBe(0);
    expect(again.output()).not.toMatch(/Downloading/);
    expect(await readFile(installerRan, 'utf8')).toBe('');
  });

  it('falls back to browser mode on the desktop data folder when the download fails', async () => {
    await useStandInInstaller(project, 'fails');
    const opened = join(project.work, 'opened-url');
    const opener = join(project.work, 'open-browser');
    await writeFile(
      opener,
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(opened)}, process.argv[2]);\n`,
      { mode: 0o755 },
    );
    const run = start({ BROWSER: opener });
    const [, url, port, token] = await run.waitFor(
      /LOS Builder is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]{64}))/,
    );
    const lines = run.output().split('\n');
    const why = lines.filter((line) => line.startsWith('The desktop window cannot open'));
    expect(why).toEqual([
      'The desktop window cannot open because its program could not be set up: the download server could not be reached (no internet, or a proxy or firewall in the way). LOS Builder opens in your web browser instead, on the same data; run npm start again once this is solved to get the desktop window.',
    ]);
    expect(run.output()).not.toMatch(/TypeError|at node:/);

    const status = await callApi(Number(port), token!, 'app:status');
    expect(status.result).toMatchObject({ ok: true, value: { mode: 'browser' } });
    expect((await callApi(Number(port), '', 'app:status')).status).toBe(401);
    await run.waitFor(/Opened it in your web browser\./);
    await expect.poll(() => existsSync(opened)).toBe(true);
    await expect.poll(() => readFile(opened, 'utf8')).toBe(url);

    // The desktop app's folder (Electron's userData on Linux), holding the lock while open.
    const desktopFolder = join(project.work, 'home', '.config', 'LOS Builder');
    expect((await readdir(desktopFolder)).some((name) => name.includes('lock'))).toBe(true);

    run.child.kill('SIGINT');
    expect(await run.exit()).toBe(0);
    expect((await readdir(desktopFolder)).filter((name) => /lock|tmp/i.test(name))).toEqual([]);
  }, 60_000);

  it('stops browser mode cleanly on SIGTERM and says to open the address when no browser opens', async () => {
    await useStandInInstaller(project, 'fails');
    const dataDir = join(project.work, 'data');
    const run = start({ BROWSER: 'none' }, ['--data-dir', dataDir]);
    await run.waitFor(/Open that address in a web browser on this computer\./);
    expect((await readdir(dataDir)).some((name) => name.includes('lock'))).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exit()).toBe(0);
    expect((await readdir(dataDir)).filter((name) => /lock|tmp/i.test(name))).toEqual([]);
  }, 60_000);

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    await useStandInInstaller(project, 'succeeds');
    const run = start({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, [
      '--data-dir',
      join(project.work, 'd'),
    ]);
    await run.waitFor(/ELECTRON_SKIP_BINARY_DOWNLOAD is set/);
    await run.waitFor(/LOS Builder is running at/);
    expect(existsSync(installerRan)).toBe(false);
    run.child.kill('SIGINT');
    expect(await run.exit()).toBe(0);
  }, 60_000);

  it('names the Node.js version it needs, in one line, on an older Node.js', async () => {
    const pretend = "Object.defineProperty(process, 'version', { value: 'v18.20.4' });";
    const run = runStart(project, {}, [], ['--import', `data:text/javascript,${pretend}`]);
    runs.push(run);
    expect(await run.exit()).toBe(1);
    expect(run.output().trim()).toBe(
      'LOS Builder needs Node.js 22.12 or newer (or 20.19 or newer on the 20 line); this computer has Node.js 18.20.4. Install the current LTS version from nodejs.org, then run npm install and npm start again.',
    );
  });
});
