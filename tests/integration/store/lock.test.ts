import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/open-store';
import { systemIdentity } from '../../../src/main/store/process-identity';
import { makeStoreTempDir } from '../../support/store-temp-dir';

const childScript = join(import.meta.dirname, '../../support/store-open-child.ts');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(): Promise<string> {
  const { dir, remove } = await makeStoreTempDir('lock');
  cleanups.push(remove);
  return dir;
}

const lockedMessage = (pid: number) =>
  `LOS Builder is already open with this data folder (process ${pid}). Close the other window first.`;

/** Another process opening the same folder; answers its first line of JSON. */
function startChild(dir: string) {
  const child = spawn('node', ['--import', 'tsx', childScript, dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  cleanups.unshift(async () => {
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });
  const firstLine = new Promise<unknown>((resolve) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  });
  return { child, firstLine };
}

/** A live process that is not LOS Builder (another program that got a crashed app's pid). */
function otherProgram(): number {
  const child = spawn('node', ['-e', 'setTimeout(() => {}, 60_000)']);
  cleanups.unshift(async () => {
    child.kill('SIGKILL');
    await once(child, 'exit');
  });
  return child.pid ?? 0;
}

const lockHolder = async (dir: string) =>
  (JSON.parse(await readFile(join(dir, 'los-builder.lock'), 'utf8')) as { pid: number }).pid;

/** The pid of a process that has ended (a crashed copy of the app). */
async function deadPid(): Promise<number> {
  const child = spawn('node', ['-e', '']);
  await once(child, 'exit');
  return child.pid ?? 0;
}

describe('one writer per data folder', () => {
  it('refuses a second process while the first has the folder open', async () => {
    const dir = await folder();
    const store = await openStore({ dataDir: dir, appVersion: 'test' });
    cleanups.unshift(() => store.close());

    const { firstLine } = startChild(dir);

    expect(await firstLine).toEqual({
      error: { code: 'storage', message: lockedMessage(process.pid) },
    });
  }, 30_000);

  it('refuses this process while another holds the folder, and opens once it closed', async () => {
    const dir = await folder();
    const { child, firstLine } = startChild(dir);
    expect(await firstLine).toEqual({ opened: true, pid: child.pid });

    const refused = await openStore({ dataDir: dir, appVersion: 'test' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'storage', message: lockedMessage(child.pid ?? 0) });

    child.stdin.end();
    await once(child, 'exit');
    const store = await openStore({ dataDir: dir, appVersion: 'test' });
    await store.close();
  }, 30_000);

  it('refuses a second open in the same process', async () => {
    const dir = await folder();
    const store = await openStore({ dataDir: dir, appVersion: 'test' });
    cleanups.unshift(() => store.close());
    await expect(openStore({ dataDir: dir, appVersion: 'test' })).rejects.toMatchObject({
      message: lockedMessage(process.pid),
    });
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = await folder();
    const pid = await deadPid();
    await writeFile(
      join(dir, 'los-builder.lock'),
      JSON.stringify({ pid, startedAt: '2026-11-26T14:05:00.000Z' }),
    );

    const store = await openStore({ dataDir: dir, appVersion: 'test' });

    const lock = JSON.parse(await readFile(join(dir, 'los-builder.lock'), 'utf8')) as {
      pid: number;
    };
    expect(lock.pid).toBe(process.pid);
    await store.close();
  });

  it('takes over a lock written before the computer restarted, whose pid another program now has', async () => {
    const dir = await folder();
    const pid = otherProgram();
    const beforeRestart = {
      pid,
      startedAt: '2026-11-26T14:05:00.000Z',
      bootId: 'the-start-before-the-restart',
      bootedAt: Date.now() - 10 * 24 * 60 * 60 * 1000,
    };
    await writeFile(join(dir, 'los-builder.lock'), JSON.stringify(beforeRestart));

    const store = await openStore({ dataDir: dir, appVersion: 'test' });

    expect(await lockHolder(dir)).toBe(process.pid);
    await store.close();
  });

  // Skipped off Linux on purpose: only Linux tells a process's start time (/proc/<pid>/stat),
  // so elsewhere a reused pid within one boot cannot be told apart; the reboot case above runs
  // everywhere.
  it.skipIf(process.platform !== 'linux')(
    'takes over a lock from this start of the computer whose pid another program now has',
    async () => {
      const dir = await folder();
      const pid = otherProgram();
      const reused = { pid, startedAt: '2026-11-26T14:05:00.000Z', ...systemIdentity.current() };
      await writeFile(
        join(dir, 'los-builder.lock'),
        JSON.stringify({ ...reused, processStart: '1' }),
      );

      const store = await openStore({ dataDir: dir, appVersion: 'test' });

      expect(await lockHolder(dir)).toBe(process.pid);
      await store.close();
    },
  );

  it('still refuses a lock whose live process is the one that wrote it', async () => {
    const dir = await folder();
    const pid = otherProgram();
    const written = { pid, startedAt: '2026-11-26T14:05:00.000Z', ...systemIdentity.current() };
    await writeFile(
      join(dir, 'los-builder.lock'),
      JSON.stringify({ ...written, processStart: systemIdentity.startOf(pid) }),
    );
    await expect(openStore({ dataDir: dir, appVersion: 'test' })).rejects.toMatchObject({
      message: lockedMessage(pid),
    });
  });

  it('takes over an empty lock file left by a process killed while creating it', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'los-builder.lock'), '');
    const store = await openStore({ dataDir: dir, appVersion: 'test' });
    await store.close();
  });

  it('removes the lock file on close', async () => {
    const dir = await folder();
    const store = await openStore({ dataDir: dir, appVersion: 'test' });
    expect(await readdir(dir)).toContain('los-builder.lock');
    await store.close();
    await store.close();
    expect(await readdir(dir)).not.toContain('los-builder.lock');
  });
});
