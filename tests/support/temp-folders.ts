import { afterEach } from 'vitest';
import { makeStoreTempDir } from './store-temp-dir';

/**
 * Fresh temp folders for a test file, removed after each test, with a place for other
 * clean-ups (a store to close) that run before the folders go.
 */
export function tempFolders() {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return {
    async folder(label: string): Promise<string> {
      const { dir, remove } = await makeStoreTempDir(label);
      cleanups.push(remove);
      return dir;
    },
    /** Runs before the folders are removed (latest first). */
    beforeRemoving(cleanup: () => Promise<void>): void {
      cleanups.unshift(cleanup);
    },
  };
}
