import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data folder under the system temp folder; call `remove` when done. */
export async function makeStoreTempDir(
  label: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `los-store-${label}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
