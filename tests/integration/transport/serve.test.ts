import { createServer, type Server } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { callApi, rawRequest } from '../../support/serve-client';
import { runServeToExit, startServe, type RunningServe } from '../../support/serve-process';

let dataDir: string;
const running: RunningServe[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'los-serve-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((serve) => serve.stop('SIGKILL')));
  await rm(dataDir, { recursive: true, force: true });
});

async function start() {
  const serve = await startServe({ dataDir });
  running.push(serve);
  return serve;
}

describe('npm run serve (browser mode)', () => {
  it('prints its address with the token, answers the API and keeps saves across restarts', async () => {
    const first = await start();
    expect(first.output().split('\n')[0]).toBe(
      `LOS Builder is running at http://127.0.0.1:${first.port}/#token=${first.token}`,
    );
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    const status = await callApi(first.port, first.token, 'app:status');
    expect(status.result).toMatchObject({
      ok: true,
      value: { mode: 'browser', appVersion: packageJson.version, notices: [] },
    });
    const saved = await callApi(first.port, first.token, 'utility:save', {
      rev: 0,
      value: { ...emptyUtilityProfile, name: 'Rio Water' },
    });
    expect(saved.result).toMatchObject({ ok: true, value: { rev: 1 } });
    expect(await first.stop('SIGINT')).toBe(0);
    running.splice(running.indexOf(first), 1);

    const second = await start();
    expect(second.token).not.toBe(first.token);
    expect((await callApi(second.port, second.token, 'utility:get')).result).toMatchObject({
      ok: true,
      value: { rev: 1, value: { name: 'Rio Water' } },
    });
    expect((await callApi(second.port, first.token, 'utility:get')).status).toBe(401);
    expect(await second.stop('SIGTERM')).toBe(0);
    running.splice(running.indexOf(second), 1);
    // A clean stop leaves no temp file and no lock behind.
    expect((await readdir(dataDir)).filter((name) => /tmp|lock/i.test(name))).toEqual([]);
  });

  it('hands a PDF export to the browser as a download, with nothing to open afterwards', async () => {
    const serve = await start();
    const exported = await callApi(serve.port, serve.token, 'export:agreementPdf', {
      revision: null,
    });
    expect(exported.result).toMatchObject({
      ok: true,
      value: { status: 'download', fileName: 'LOS Agreement - revision 1 (draft).pdf' },
    });
    const { base64 } = (exported.result as { value: { base64: string } }).value;
    expect(Buffer.from(base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await callApi(serve.port, serve.token, 'export:openSaved')).result).toEqual({
      ok: true,
      value: { opened: false },
    });
  });

  it('takes the data folder from LOS_DATA_DIR', async () => {
    const serve = await startServe({ env: { LOS_DATA_DIR: dataDir } });
    running.push(serve);
    await callApi(serve.port, serve.token, 'wizard:setStep', { currentStep: 'scope' });
    expect(await readdir(dataDir)).not.toEqual([]);
  });

  it('refuses a second copy on the same data folder with one plain line and exit code 1', async () => {
    await start();
    const second = await runServeToExit({ dataDir });
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('serves two utilities of one folder to two servers (--utility), and never one twice', async () => {
    const first = await start();
    await callApi(first.port, first.token, 'utility:save', {
      rev: 0,
      value: { ...emptyUtilityProfile, name: 'Cedar Creek' },
    });
    const created = await callApi(first.port, first.token, 'library:create');
    const key = (created.result as { ok: true; value: { key: string } }).value.key;
    await callApi(first.port, first.token, 'utility:save', {
      rev: 0,
      value: { ...emptyUtilityProfile, name: 'Pine Hollow' },
    });
    await callApi(first.port, first.token, 'library:open', { key: 'first' });

    const second = await startServe({ dataDir, extraArgs: ['--utility', key] });
    running.push(second);
    expect((await callApi(second.port, second.token, 'utility:get')).result).toMatchObject({
      value: { value: { name: 'Pine Hollow' } },
    });
    expect((await callApi(first.port, first.token, 'utility:get')).result).toMatchObject({
      value: { value: { name: 'Cedar Creek' } },
    });

    const same = await runServeToExit({ dataDir, extraArgs: ['--utility', 'first'] });
    expect(same.code).toBe(1);
    expect(same.stderr.trim()).toMatch(/^"Cedar Creek" is open in another LOS Builder window/);
    const unknown = await runServeToExit({ dataDir, extraArgs: ['--utility', 'u-nowhere'] });
    expect(unknown.stderr.trim()).toBe('There is no utility "u-nowhere" here.');
  });

  it('refuses a page that shows another utility than the one open, so its edits go nowhere', async () => {
    const serve = await start();
    const call = (utility: string) =>
      rawRequest({
        port: serve.port,
        path: '/api/utility:save',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-LOS-Token': serve.token,
          'X-LOS-Utility': utility,
        },
        body: JSON.stringify({ input: { rev: 0, value: { ...emptyUtilityProfile, name: 'X' } } }),
      });
    const stale = JSON.parse((await call('u-elsewhere')).body) as unknown;
    expect(stale).toMatchObject({ ok: false, error: { code: 'switched' } });
    expect((await callApi(serve.port, serve.token, 'utility:get')).result).toMatchObject({
      value: { rev: 0 },
    });
    expect(JSON.parse((await call('first')).body)).toMatchObject({ ok: true });
  });

  it('says so in one line when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await runServeToExit({ dataDir, port });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Port ${port} is already in use. Choose another with --port, or --port 0 for any free port.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses a port that is not a number', async () => {
    const result = await runServeToExit({ dataDir, extraArgs: ['--port', 'eighty'] });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      '--port must be a whole number from 0 to 65535 (0 picks any free port).',
    );
  });
});
