import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { expect, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';

// `npm start` in a fresh checkout of this repository (its files as git knows them, the
// installed packages linked in) on a computer where the Electron download cannot get
// through: it must reach browser mode within 60 seconds and serve the wizard.

const repoRoot = resolve('.');

/** A loopback port nothing listens on: the download fails at once, on any machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function freshCheckout(work: string): Promise<string> {
  const checkout = join(work, 'checkout');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    await mkdir(dirname(join(checkout, file)), { recursive: true });
    await cp(join(repoRoot, file), join(checkout, file)).catch(() => undefined);
  }
  await symlink(join(repoRoot, 'node_modules'), join(checkout, 'node_modules'));
  return checkout;
}

test('npm start on a fresh checkout without the Electron download opens the wizard in the browser', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const work = await mkdtemp(join(tmpdir(), 'los-fresh-start-'));
  const checkout = await freshCheckout(work);
  const { ELECTRON_SKIP_BINARY_DOWNLOAD: _skip, ...env } = process.env;
  const started = Date.now();
  const npm = spawn('npm', ['start'], {
    cwd: checkout,
    env: {
      ...env,
      HOME: join(work, 'home'),
      XDG_CONFIG_HOME: join(work, 'home', '.config'),
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a Ctrl+C can reach npm and the launcher at once, as a
    // terminal's does.
    detached: true,
  });
  let printed = '';
  npm.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<number | null>((done) => npm.on('exit', done));
  try {
    await expect
      .poll(() => /LOS Builder is running at (\S+)/.exec(printed)?.[1], { timeout: 60_000 })
      .toBeTruthy();
    const seconds = (Date.now() - started) / 1000;
    console.log(`npm start reached browser mode in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
    expect(printed).toContain(
      'The desktop window cannot open because its program could not be set up',
    );

    const address = /LOS Builder is running at (\S+)/.exec(printed)![1]!;
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'LOS Builder' })).toBeVisible();
    await new WizardPage(page).expectStep('Utility and team');
    await page.screenshot({ path: 'test-results/screenshots/start-fallback.png' });

    // Ctrl+C: browser mode finishes, releases the desktop data folder and stops answering.
    process.kill(-npm.pid!, 'SIGINT');
    await exited;
    const dataFolder = join(work, 'home', '.config', 'LOS Builder');
    await expect
      .poll(async () => (await readdir(dataFolder)).filter((name) => /lock|tmp/i.test(name)))
      .toEqual([]);
    await expect(page.request.get(address)).rejects.toThrow();
  } finally {
    try {
      process.kill(-npm.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await rm(work, { recursive: true, force: true });
  }
});
