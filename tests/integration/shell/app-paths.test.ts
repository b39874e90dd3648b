import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/main/app-paths';

const fallback = '/home/clerk/.config/LOS Builder';

describe('resolveDataDir', () => {
  it('uses --data-dir DIR before LOS_DATA_DIR and the fallback', () => {
    const argv = ['/usr/bin/electron', 'out/main/index.js', '--data-dir', '/mnt/usb/los'];
    expect(resolveDataDir(argv, { LOS_DATA_DIR: '/env/dir' }, fallback)).toBe('/mnt/usb/los');
  });

  it('accepts --data-dir=DIR, spaces included', () => {
    const argv = ['node', 'serve.js', '--data-dir=/srv/Water Board'];
    expect(resolveDataDir(argv, {}, fallback)).toBe('/srv/Water Board');
  });

  it('lets the last --data-dir win', () => {
    const argv = ['node', 'serve.js', '--data-dir', '/first', '--data-dir=/second'];
    expect(resolveDataDir(argv, {}, fallback)).toBe('/second');
  });

  it('uses LOS_DATA_DIR when no flag is given', () => {
    expect(resolveDataDir(['node', 'serve.js'], { LOS_DATA_DIR: '/env/dir' }, fallback)).toBe(
      '/env/dir',
    );
  });

  it('falls back to the default folder', () => {
    expect(resolveDataDir(['node', 'serve.js', '--port', '0'], {}, fallback)).toBe(fallback);
  });

  it('ignores an empty or missing value instead of using the current folder', () => {
    expect(resolveDataDir(['node', 'serve.js', '--data-dir'], {}, fallback)).toBe(fallback);
    expect(resolveDataDir(['node', 'serve.js', '--data-dir='], {}, fallback)).toBe(fallback);
    expect(resolveDataDir(['x', '--data-dir', '--port', '0'], {}, fallback)).toBe(fallback);
    expect(resolveDataDir(['node', 'serve.js'], { LOS_DATA_DIR: '  ' }, fallback)).toBe(fallback);
  });
});
