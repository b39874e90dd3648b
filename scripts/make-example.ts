/**
 * Makes the example utility shipped in resources/example/ (issue 18): a small water district's
 * whole agreement typed through the app's own handlers, so its approved revision and fingerprint
 * come from the real approve path. Run it after a data format change: `npm run make-example`.
 * The ids and the clock are fixed, so the same code makes the same files.
 */
import nodeCrypto, { type UUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Local dates (the approval's day, a backup's name) are worked out in UTC on every computer.
process.env.TZ = 'UTC';

// The services name new records with randomUUID; counted ids keep the shipped file the same
// from one run to the next. Patched before the app's modules are loaded, which read it then.
let idCount = 0;
nodeCrypto.randomUUID = (): UUID =>
  `00000000-0000-4000-8000-${(idCount += 1).toString(16).padStart(12, '0')}`;
syncBuiltinESMExports();

const { fillExample } = await import('./example/fill-example');
const { openStore } = await import('../src/main/store/open-store');
const { storePaths } = await import('../src/main/store/store-files');

const target = join(import.meta.dirname, '../resources/example');
const work = await mkdtemp(join(tmpdir(), 'los-example-'));
const clock = { now: new Date('2025-03-04T10:00:00Z') };
try {
  const store = await openStore({
    dataDir: work,
    appVersion: 'example',
    clock: () => clock.now,
    log: () => undefined,
  });
  await fillExample(store, clock);
  await store.close();
  await mkdir(target, { recursive: true });
  const made = storePaths(work);
  await copyFile(made.data, join(target, 'los-builder.json'));
  await copyFile(made.complaints, join(target, 'complaint-log.json'));
  console.log(`The example utility is in ${target}.`);
} finally {
  await rm(work, { recursive: true, force: true });
}
