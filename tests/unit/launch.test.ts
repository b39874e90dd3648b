import { describe, expect, it } from 'vitest';
import { explainFetchFailure } from '../../scripts/launch/fetch-failure.mjs';
import { isSupportedNode, supportedNodeRange } from '../../scripts/launch/node-version.mjs';
import packageJson from '../../package.json';

describe('the Node.js versions npm start accepts', () => {
  it.each([
    ['v18.20.4', false],
    ['v20.18.3', false],
    ['v20.19.0', true],
    ['v20.20.2', true],
    ['v21.7.3', false],
    ['v22.11.0', false],
    ['v22.12.0', true],
    ['v24.11.1', true],
    ['v26.0.0', true],
    ['garbage', false],
  ])('%s → %s', (version, supported) => {
    expect(isSupportedNode(version)).toBe(supported);
  });

  it('is what package.json promises in engines', () => {
    expect(packageJson.engines.node).toBe(supportedNodeRange);
  });
});

describe('why the Electron download failed, in plain words', () => {
  it.each([
    ['Error: getaddrinfo ENOTFOUND github.com', /no internet connection/],
    ['TypeError: fetch failed\n    at node:internal/deps/undici', /could not be reached/],
    [
      'HTTPError: Response code 407 (Proxy Authentication Required)',
      /proxy server asks for a password/,
    ],
    [
      'HTTPError: Response code 503 (Service Unavailable) for https://x/SHASUMS256.txt',
      /answered with error 503/,
    ],
    ['Error: Generated checksum for "electron.zip" did not match expected checksum.', /damaged/],
    ['Error: ENOSPC: no space left on device, write', /disk is full/],
    [
      "Error: EACCES: permission denied, mkdir '/usr/lib/node_modules/electron/dist'",
      /may not write/,
    ],
    ['Something odd\n  at somewhere', /^the installer failed: Something odd$/],
    ['', /without saying why/],
  ])('%j', (printed, words) => {
    expect(explainFetchFailure(printed)).toMatch(words);
  });
});
