import { defineConfig } from '@playwright/test';
import { electronBinaryPresent } from './tests/e2e/electron/electron-available';

/** Debian's Chromium: Playwright downloads no browser here (ENVIRONMENT.md). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The list reporter does not print skip reasons, so say it once, from the runner process.
if (!electronBinaryPresent && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    'Electron tests are skipped: the Electron binary is not available on this machine (it is downloaded from GitHub). The same wizard runs in Chromium against browser mode.',
  );
}

const chromiumUse = {
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  // Its `paths` let a test read the app's catalog (`@shared/…` imports) as the app does.
  tsconfig: './tsconfig.e2e.json',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['electron/**', 'start.spec.ts'],
      use: chromiumUse,
    },
    {
      // `npm start` builds the whole app: run it after the others, not beside one of them.
      name: 'npm start',
      testMatch: 'start.spec.ts',
      dependencies: ['chromium'],
      use: chromiumUse,
    },
    {
      // Runs the app itself through Playwright's _electron; skipped, saying why, where the
      // Electron binary could not be downloaded.
      name: 'electron',
      testDir: 'tests/e2e/electron',
    },
  ],
});
