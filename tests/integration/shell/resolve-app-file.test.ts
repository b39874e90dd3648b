import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from '../../../src/main/resolve-app-file';

const root = resolve('/opt/los/out/renderer');

describe('resolveAppFile', () => {
  it('maps app://los paths into the renderer folder', () => {
    expect(resolveAppFile('app://los/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://los/assets/index-abc.js?v=1#x', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile('app://los/assets/My%20Font.woff2', root)).toBe(
      join(root, 'assets', 'My Font.woff2'),
    );
  });

  it('serves index.html for the root', () => {
    expect(resolveAppFile('app://los/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://los', root)).toBe(join(root, 'index.html'));
  });

  it.each([
    ['app://los/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['app://los/assets/..%5c..%5csecret.txt'],
    ['app://los/index.html%00.png'],
    ['app://los/%E0%A4%A'],
  ])('refuses a path that escapes or confuses the folder: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it.each([
    ['app://evil/index.html'],
    ['app://user:pass@los/index.html'],
    ['file:///opt/los/out/renderer/index.html'],
    ['http://los/index.html'],
    ['not a url'],
  ])('refuses another host or scheme: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    // The URL parser (Node's and Chromium's) folds these before any handler sees them.
    expect(resolveAppFile('app://los/../../etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile('app://los/%2e%2e/%2e%2e/etc/passwd', root)).toBe(
      join(root, 'etc', 'passwd'),
    );
    expect(resolveAppFile('app://los/a/./../../b', root)).toBe(join(root, 'b'));
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build produces and treats others as inert bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/archive.exe')).toBe('application/octet-stream');
  });
});
