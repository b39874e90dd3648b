import { basename, dirname, join } from 'node:path';
import { syncFolder } from './durable-write';
import type { FsPort } from './fs-port';
import { corruptFileName } from './store-files';

/**
 * Renames an unusable file to `<name>.corrupt-<stamp>.json` (with -2, -3… if that is taken) in
 * its folder, never writing over it; answers the new name.
 */
export async function setAside(fs: FsPort, path: string, now: Date): Promise<string> {
  const folder = dirname(path);
  const base = basename(path, '.json');
  const existing = new Set(await fs.readdir(folder));
  let attempt = 1;
  while (existing.has(corruptFileName(now, attempt, base))) attempt += 1;
  const name = corruptFileName(now, attempt, base);
  await fs.rename(path, join(folder, name));
  await syncFolder(fs, folder);
  return name;
}
