import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from 'electron';
import { handleAppProtocol, registerAppScheme, serveAppFile } from '../../../src/main/protocol';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const expectedCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'los-protocol-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>LOS Builder</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("hi")');
  await writeFile(join(root, 'secret.txt'), 'board minutes');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('makes app: a standard secure scheme without bypassing the CSP', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });
});

describe('the app protocol handler', () => {
  it('serves the renderer with the CSP and the right content type', async () => {
    handleAppProtocol(rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = vi.mocked(protocol.handle).mock.calls[0]?.[1];
    if (!handler) throw new Error('no handler registered');

    const response = await handler(new Request('app://los/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>LOS Builder</title>');
  });

  it('serves assets from subfolders', async () => {
    const response = await serveAppFile(new Request('app://los/assets/app.js'), rendererDir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['app://los/..%2fsecret.txt'],
    ['app://los/assets/..%2f..%2fsecret.txt'],
    ['app://other/index.html'],
    ['app://los/missing.js'],
    ['app://los/assets'],
  ])('answers 404, still with the CSP, for %s', async (url) => {
    const response = await serveAppFile(new Request(url), rendererDir);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
    expect(await response.text()).not.toContain('board minutes');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppFile(
      new Request('app://los/index.html', { method: 'POST', body: 'x' }),
      rendererDir,
    );
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await serveAppFile(
      new Request('app://los/index.html', { method: 'HEAD' }),
      rendererDir,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
