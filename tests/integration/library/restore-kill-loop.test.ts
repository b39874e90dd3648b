import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/library/open-app';
import { downloadDelivery } from '../../../src/main/services/file-delivery';
import { backupParts } from '../../support/backup-texts';
import { bundleChild } from '../../support/bundle-child';
import { makeStoreTempDir } from '../../support/store-temp-dir';
import { importComplaints, nameUtility, savedBackup } from './library-sample';

const kills = 50;
let work: Awaited<ReturnType<typeof makeStoreTempDir>>;
let childScript: string;

beforeAll(async () => {
  work = await makeStoreTempDir('kill-loop');
  childScript = await bundleChild('library-restore-child.ts', work.dir);
});

afterAll(async () => {
  await work.remove();
});

const open = (root: string) =>
  openApp({
    root,
    appVersion: 'test',
    mode: 'browser',
    delivery: downloadDelivery,
    log: () => undefined,
  });

const text = (path: string) => readFile(path, 'utf8').catch(() => null);

/** Two backups of the first utility (different data and logs) and a second utility beside it. */
async function prepare(root: string) {
  const { library, handlers } = await open(root);
  await nameUtility(handlers, 'Version one');
  const one = await savedBackup(handlers);
  await nameUtility(handlers, 'Version two & "más"');
  await importComplaints(handlers);
  const two = await savedBackup(handlers);
  await handlers['library:create'](undefined);
  await nameUtility(handlers, 'Bystander');
  const bystanderKey = library.currentKey()!;
  await library.close();
  const paths = [join(work.dir, 'one.losbackup'), join(work.dir, 'two.losbackup')];
  await writeFile(paths[0]!, Buffer.from(one.fileBase64, 'base64'));
  await writeFile(paths[1]!, Buffer.from(two.fileBase64, 'base64'));
  const bystander = join(root, 'utilities', bystanderKey, 'los-builder.json');
  return {
    paths,
    states: [await backupParts(paths[0]!), await backupParts(paths[1]!)],
    bystander,
    bystanderText: await text(bystander),
  };
}

/** Starts the child, SIGKILLs it at a random moment, and answers its last acknowledgement. */
async function runAndKill(
  root: string,
  paths: string[],
): Promise<{ last: string; restores: number; signal: string | null; stderr: string }> {
  const child = spawn('node', [childScript, root, ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
  let last = '';
  let restores = 0;
  let stderr = '';
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') ready();
    if (line.startsWith('ack ')) last = line;
    if (line.startsWith('ack restore')) restores += 1;
  });
  const exited = once(child, 'exit');
  // A fifth of the kills land during start-up (finishing a cut-short restore); the rest while
  // restoring and switching.
  if (Math.random() < 0.2) await pause(Math.random() * 400);
  else {
    await Promise.race([isReady, exited]);
    await pause(Math.random() * 400);
  }
  child.kill('SIGKILL');
  const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  return { last, restores, signal, stderr };
}

describe('restoring and switching, killed at random moments', () => {
  it(`after each of ${kills} SIGKILLs holds the old data or the new, never a mix, nothing acknowledged lost`, async () => {
    const root = join(work.dir, 'data');
    const { paths, states, bystander, bystanderText } = await prepare(root);
    let mixed = 0;
    let lost = 0;
    let restores = 0;
    for (let kill = 1; kill <= kills; kill += 1) {
      const run = await runAndKill(root, paths);
      expect(run.signal, `run ${kill} ended by itself: ${run.stderr}`).toBe('SIGKILL');
      // Opening again finishes a restore the kill cut short, as the next start of the app does.
      const { library } = await open(root);
      await library.close();
      const now = {
        workbook: await text(join(root, 'los-builder.json')),
        complaintLog: await text(join(root, 'complaint-log.json')),
      };
      const which = states.findIndex(
        (state) => state.workbook === now.workbook && state.complaintLog === now.complaintLog,
      );
      if (which === -1) mixed += 1;
      // Acknowledged and not followed by another restore yet: it must be what is there.
      const acked = /^ack restore (\d)$/.exec(run.last);
      if (acked && Number(acked[1]) !== which) lost += 1;
      restores += run.restores;
      expect(await text(bystander), `run ${kill}: the other utility changed`).toBe(bystanderText);
      expect(await readdir(root), `run ${kill}`).not.toContain('restore-journal.json');
    }
    console.info(
      `restore kill loop: ${kills} kills, ${restores} restores acknowledged, ${mixed} mixed, ${lost} acknowledged lost`,
    );
    expect(mixed).toBe(0);
    expect(lost).toBe(0);
    expect(restores).toBeGreaterThan(kills);
  }, 240_000);
});

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
