import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import type { Workbook } from '../../src/shared/domain/workbook';

export interface RunningApp {
  /** The address printed by `npm run serve`, token included. */
  url: string;
  dataDir: string;
}

interface Fixtures {
  /** A prepared workbook to start from; undefined starts with an empty data folder. */
  seed: Workbook | undefined;
  app: RunningApp;
  /** Console errors and uncaught page errors; each test fails if any appear. */
  consoleErrors: string[];
}

const readyLine = /LOS Builder is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/;

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    lines.on('line', (line) => {
      const match = readyLine.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

async function writeSeed(dataDir: string, seed: Workbook): Promise<void> {
  const envelope = {
    schemaVersion: currentSchemaVersion,
    savedAt: new Date().toISOString(),
    appVersion: 'test',
    data: seed,
  };
  await writeFile(join(dataDir, 'los-builder.json'), JSON.stringify(envelope, null, 2));
}

export const test = base.extend<Fixtures>({
  seed: [undefined, { option: true }],
  app: async ({ seed, context }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'los-e2e-'));
    if (seed) await writeSeed(dataDir, seed);
    const child = spawn(
      process.execPath,
      ['out/main/serve.js', '--data-dir', dataDir, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const url = await waitForUrl(child);
    await use({ url, dataDir });
    // Close the pages before the server: a save still in flight when a test ends would
    // otherwise fail against a stopped server and log an error that is not the app's.
    for (const page of context.pages()) await page.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  },
  // Automatic, so no test can forget it.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the wizard shows. */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'LOS Builder' })).toBeVisible();
}
