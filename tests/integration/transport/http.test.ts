import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http';
import { contentSecurityPolicy } from '../../../src/main/resolve-app-file';
import { createFakeHandlers } from '../../support/fake-handlers';
import { callApi, rawRequest } from '../../support/serve-client';

const token = 'a1'.repeat(32);
const handlers = createFakeHandlers();
const setStep = vi.spyOn(handlers, 'wizard:setStep');
let folder: string;
let server: RunningHttpServer;
let port: number;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'los-http-'));
  const renderer = join(folder, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>LOS Builder</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(renderer, 'assets', 'app.css'), 'body{}');
  await writeFile(join(folder, 'secret.txt'), 'TOP SECRET');
  await symlink(join(folder, 'secret.txt'), join(renderer, 'link.txt'));
  server = await startHttpServer({
    dispatch: createDispatcher(handlers, { checkOutputs: true }),
    port: 0,
    staticDir: renderer,
    token,
    maxBodyBytes: 64 * 1024,
  });
  port = server.port;
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

function post(path: string, headers: Record<string, string>, body = '{}') {
  return rawRequest({ port, path, method: 'POST', headers, body });
}

const json = { 'Content-Type': 'application/json' };

describe('the API over HTTP', () => {
  it('answers a call carrying the token', async () => {
    const { status, result } = await callApi(port, token, 'wizard:setStep', {
      currentStep: 'scope',
    });
    expect(status).toBe(200);
    expect(result).toEqual({ ok: true, value: { currentStep: 'scope' } });
    expect(await callApi(port, token, 'wizard:get')).toEqual({
      status: 200,
      result: { ok: true, value: { currentStep: 'scope' } },
    });
  });

  it('marks API answers as JSON that is never cached', async () => {
    const response = await post('/api/app:status', { ...json, 'X-LOS-Token': token });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'X-LOS-Token': 'b2'.repeat(32) }],
    ['a token of another length', { 'X-LOS-Token': token.slice(1) }],
  ])('refuses %s with 401', async (_label, headers) => {
    setStep.mockClear();
    const response = await post(
      '/api/wizard:setStep',
      { ...json, ...headers },
      '{"input":{"currentStep":"utility"}}',
    );
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(setStep).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example', 'null', 'http://127.0.0.1:1', 'http://localhost.evil.example'])(
    'refuses the foreign Origin %s with 403, token or not',
    async (origin) => {
      const response = await post('/api/app:status', {
        ...json,
        'X-LOS-Token': token,
        Origin: origin,
      });
      expect(response.status).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );

  it('accepts its own Origin on either loopback name', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      const response = await post('/api/app:status', {
        ...json,
        'X-LOS-Token': token,
        Host: `${name}:${port}`,
        Origin: `http://${name}:${port}`,
      });
      expect(response.status).toBe(200);
    }
  });

  it.each([
    ['evil.example', () => 'evil.example'],
    ['evil.example with our port', () => `evil.example:${port}`],
    ['our address with another port', () => '127.0.0.1:1'],
    ['localhost without the port', () => 'localhost'],
    ['IPv6 loopback', () => `[::1]:${port}`],
  ])('refuses the Host %s with 403 (DNS rebinding)', async (_label, host) => {
    const response = await post('/api/app:status', { ...json, 'X-LOS-Token': token, Host: host() });
    expect(response.status).toBe(403);
    const page = await rawRequest({ port, path: '/', headers: { Host: host() } });
    expect(page.status).toBe(403);
  });

  it('refuses a body over the size cap with 413 and keeps serving', async () => {
    setStep.mockClear();
    const big = JSON.stringify({ input: { currentStep: 'scope', pad: 'x'.repeat(70 * 1024) } });
    const response = await post('/api/wizard:setStep', { ...json, 'X-LOS-Token': token }, big);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });

    const chunked = await rawRequest({
      port,
      path: '/api/wizard:setStep',
      method: 'POST',
      headers: { ...json, 'X-LOS-Token': token, 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(setStep).not.toHaveBeenCalled();
    expect((await callApi(port, token, 'app:status')).status).toBe(200);
  });

  it.each([
    ['broken JSON', '{"input": '],
    ['a __proto__ key', '{"input":{"currentStep":"scope","__proto__":{"polluted":true}}}'],
    ['a nested __proto__ key', '{"input":{"a":[{"__proto__":{}}]}}'],
    ['an array body', '[1,2]'],
  ])('refuses %s with 400 invalid-input', async (_label, body) => {
    setStep.mockClear();
    const response = await post('/api/wizard:setStep', { ...json, 'X-LOS-Token': token }, body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(setStep).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes an empty body as no input', async () => {
    const response = await post('/api/wizard:get', { 'X-LOS-Token': token }, '');
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });

  it('answers only POST on the API', async () => {
    const response = await rawRequest({
      port,
      path: '/api/app:status',
      headers: { 'X-LOS-Token': token },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('answers an unknown method with a Result, and accepts an encoded colon', async () => {
    expect((await callApi(port, token, 'files:delete')).result).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    const encoded = await post('/api/app%3Astatus', { ...json, 'X-LOS-Token': token });
    expect(JSON.parse(encoded.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });
});

describe('static files', () => {
  it('serves index.html for / and assets with their content types, without a token', async () => {
    const index = await rawRequest({ port, path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<title>LOS Builder</title>');
    const script = await rawRequest({ port, path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
    const style = await rawRequest({ port, path: '/assets/app.css?v=2' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('lets the browser keep the named build files, but asks it to fetch the page each time', async () => {
    // A repeat start then reuses the scripts and the code compiled from them; the page must be
    // fresh, since after an update it names other files.
    const index = await rawRequest({ port, path: '/' });
    expect(index.headers['cache-control']).toBe('no-cache');
    const script = await rawRequest({ port, path: '/assets/app.js' });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/link.txt',
    '/%00',
    '/assets',
    '/missing.js',
    '/%E0%A4%A',
  ])('answers 404 for %s and never a file outside the folder', async (path) => {
    const response = await rawRequest({ port, path });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP SECRET');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest({ port, path: '/', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await rawRequest({ port, path: '/', method: 'PUT', body: 'x' })).status).toBe(405);
  });
});

describe('every response', () => {
  it.each([
    ['a page', () => rawRequest({ port, path: '/' })],
    ['a missing file', () => rawRequest({ port, path: '/nope' })],
    ['an API answer', () => post('/api/app:status', { ...json, 'X-LOS-Token': token })],
    ['a refused call', () => post('/api/app:status', json)],
    ['a wrong Host', () => rawRequest({ port, path: '/', headers: { Host: 'evil.example' } })],
  ])('carries the security headers: %s', async (_label, send) => {
    const { headers } = await send();
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('startHttpServer', () => {
  it('makes a fresh 64-hex-digit token at each launch when none is given', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    const first = await startHttpServer({ dispatch, port: 0 });
    const second = await startHttpServer({ dispatch, port: 0 });
    try {
      expect(first.token).toMatch(/^[0-9a-f]{64}$/);
      expect(second.token).not.toBe(first.token);
      expect(first.url).toBe(`http://127.0.0.1:${first.port}`);
      expect((await callApi(first.port, first.token, 'app:status')).status).toBe(200);
      expect((await callApi(first.port, second.token, 'app:status')).status).toBe(401);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('listens on loopback only', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!outside) return; // No other interface on this machine: nothing to reach from.
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: outside.address, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('closes promptly with a keep-alive connection open', async () => {
    const own = await startHttpServer({
      dispatch: createDispatcher(createFakeHandlers(), { checkOutputs: true }),
      port: 0,
    });
    const socket = connect({ host: '127.0.0.1', port: own.port });
    await new Promise((resolve) => socket.once('connect', resolve));
    await own.close();
    await expect(callApi(own.port, own.token, 'app:status')).rejects.toThrow(/ECONNREFUSED/);
    socket.destroy();
  });

  it('fails to start on a port already taken', async () => {
    await expect(
      startHttpServer({
        dispatch: createDispatcher(createFakeHandlers(), { checkOutputs: true }),
        port,
      }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
