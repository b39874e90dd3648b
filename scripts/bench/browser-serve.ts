// Browser mode for the bench: the built server (`out/main/serve.js`) on a data folder, and the
// system's Chromium. The bench builds nothing: it measures what `npm run build` left in out/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

/** The build measured: out/ unless BENCH_OUT names another one (to compare two builds). */
export const outDir = resolve(process.env.BENCH_OUT ?? 'out');

/** Says what to do when there is no build to measure, or null when there is one. */
export function missingBuild(): string | null {
  if (existsSync(resolve(outDir, 'main/serve.js'))) return null;
  return `No build in ${outDir}: run \`npm run build\` first, then the bench again.`;
}

export interface RunningServe {
  /** The app's address, with its launch token. */
  url: string;
  /** The server's process id, to read its memory. */
  pid: number;
  stop(): Promise<void>;
}

/** Starts `serve.js` on `dataDir` on a free port and waits for the address it prints. */
export function startServe(dataDir: string): Promise<RunningServe> {
  const child = spawn(
    process.execPath,
    [resolve(outDir, 'main/serve.js'), '--data-dir', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stopped = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    child.kill('SIGTERM');
    await stopped;
  };
  return new Promise((done, fail) => {
    let printed = '';
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      const address = /running at (\S+)/.exec(printed)?.[1];
      if (address && child.pid !== undefined) done({ url: address, pid: child.pid, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`serve.js stopped (${code}): ${printed}`)));
  });
}

const chromiumOptions = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumOptions);
}

/** Chromium with a profile in `profileDir` that outlives each page, caches included. */
export function launchPersistentChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...chromiumOptions, bypassCSP: true });
}
