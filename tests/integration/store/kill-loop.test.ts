import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/main/store/migrations';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { decodeWorkbookFile } from '../../../src/main/store/workbook-codec';
import { bundleChild } from '../../support/bundle-child';
import { makeStoreTempDir } from '../../support/store-temp-dir';

const kills = 110;
const versioning = { schemaVersion: currentSchemaVersion, migrations };
let work: Awaited<ReturnType<typeof makeStoreTempDir>>;
let childScript: string;

beforeAll(async () => {
  work = await makeStoreTempDir('kill-loop');
  childScript = await bundleChild('store-writer-child.ts', work.dir);
});

afterAll(async () => {
  await work.remove();
});

interface Run {
  lastAck: number;
  notices: string[];
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
}

/** Starts the writer, SIGKILLs it at a random moment (during start-up or saving), reports. */
async function runAndKill(dataDir: string): Promise<Run> {
  const child = spawn('node', [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = { lastAck: -1, notices: [], exit: { code: null, signal: null }, stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, value] = line.split(/ (.*)/s);
    if (word === 'ack') run.lastAck = Number(value);
    if (word === 'notice') run.notices.push(value ?? '');
    if (word === 'ready') ready();
  });
  const exited = once(child, 'exit');
  // A third of the kills land during start-up (lock take-over, recovery, start-up backup).
  if (Math.random() < 1 / 3) await pause(Math.random() * 150);
  else {
    await Promise.race([isReady, exited]);
    await pause(Math.random() * 200);
  }
  child.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  run.exit = { code, signal };
  return run;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('the kill loop', () => {
  it(`survives ${kills} SIGKILLs at random moments: nothing unreadable, nothing acknowledged lost`, async () => {
    const dataDir = join(work.dir, 'data');
    const started = Date.now();
    let acknowledged = 0;
    let unreadable = 0;
    let lost = 0;
    let acks = 0;
    for (let kill = 1; kill <= kills; kill += 1) {
      const run = await runAndKill(dataDir);
      expect(run.exit.signal, `run ${kill} ended by itself: ${run.stderr}`).toBe('SIGKILL');
      unreadable += run.notices.length;
      if (run.lastAck > acknowledged) {
        acks += run.lastAck - acknowledged;
        acknowledged = run.lastAck;
      }
      let rev = 0;
      try {
        const bytes = await readFile(join(dataDir, 'los-builder.json'));
        rev = decodeWorkbookFile(bytes, versioning).workbook.utility.rev;
      } catch (error) {
        // No file is fine only before the first acknowledged save.
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT'))
          unreadable += 1;
      }
      if (rev < acknowledged) lost += 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(
      `kill loop: ${kills} kills, ${unreadable} unreadable, ${lost} acknowledged lost (${acks} saves acknowledged, ${seconds} s)`,
    );
    expect(unreadable).toBe(0);
    expect(lost).toBe(0);
    expect(acks).toBeGreaterThan(kills);
  }, 180_000);
});
