import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  electronVersion,
  makeStartProject,
  runStart,
  standInProgramSource,
  type StartProject,
  type StartRun,
} from '../../support/start-project';
import { zipFile } from '../../support/zip-file';

// The electron package's own installer, unchanged, fetching a stand-in release from a mirror
// on 127.0.0.1 (ELECTRON_MIRROR): proves the fetch works on the Node.js we support and that
// `npm start` checks and opens what it brought, without reaching the internet.

let project: StartProject;
let mirror: Server;
let mirrorUrl: string;
let served: { zip: Buffer; sums: string };
const runs: StartRun[] = [];
const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;

beforeEach(async () => {
  project = await makeStartProject();
  const zip = zipFile([
    { name: 'electron', content: standInProgramSource(), mode: 0o755 },
    { name: 'version', content: electronVersion },
  ]);
  served = { zip, sums: `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n` };
  mirror = createServer((request, response) => {
    const release = `/v${electronVersion}/`;
    if (request.url === `${release}${zipName}`) response.end(served.zip);
    else if (request.url === `${release}SHASUMS256.txt`) response.end(served.sums);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
});

afterEach(async () => {
  for (const run of runs.splice(0)) run.child.kill('SIGKILL');
  await new Promise((resolve) => mirror.close(resolve));
  await project.remove();
});

function start(record: string): StartRun {
  const run = runStart(
    project,
    {
      ELECTRON_MIRROR: mirrorUrl,
      // Check against the mirror's sums: the package's own checksums are for the real release.
      electron_use_remote_checksums: '1',
      electron_config_cache: join(project.work, 'electron-cache'),
      STAND_IN_RECORD: record,
      BROWSER: 'none',
    },
    ['--data-dir', join(project.work, 'data')],
  );
  runs.push(run);
  return run;
}

describe('npm start with the real Electron installer', () => {
  it('downloads, unpacks and checks the program, then opens the app with it', async () => {
    const record = join(project.work, 'program-args.json');
    const run = start(record);
    expect(await run.exit()).toBe(0);
    expect(JSON.parse(await readFile(record, 'utf8'))).toEqual([
      project.dir,
      '--data-dir',
      join(project.work, 'data'),
    ]);
    expect(await readFile(join(project.electronDir, 'path.txt'), 'utf8')).toBe('electron');
  }, 60_000);

  it('refuses a damaged download and opens browser mode instead', async () => {
    served.zip = Buffer.concat([served.zip, Buffer.from('tampered')]);
    const run = start(join(project.work, 'unused'));
    await run.waitFor(/LOS Builder is running at/);
    expect(run.output()).toMatch(
      /its program could not be set up: the downloaded file was damaged \(its checksum did not match\); try again\./,
    );
    run.child.kill('SIGINT');
    expect(await run.exit()).toBe(0);
  }, 60_000);

  it('says which error the download server answered with', async () => {
    mirrorUrl = `${mirrorUrl}no-such-release/`;
    const run = start(join(project.work, 'unused'));
    await run.waitFor(/LOS Builder is running at/);
    expect(run.output()).toMatch(/the download server answered with error 404/);
    run.child.kill('SIGINT');
    expect(await run.exit()).toBe(0);
  }, 60_000);
});
