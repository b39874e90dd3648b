import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { Api } from '../../../src/shared/api/contract';
import { methodNames } from '../../../src/shared/api/methods';
import { electronBinaryPresent, electronExecutablePath } from './electron-available';

// The desktop app itself (built bundle in out/), with a fresh data folder per test.
test.skip(
  !electronBinaryPresent,
  'Electron binary not available on this machine (see ENVIRONMENT.md); run where it can be downloaded',
);

/** What a page script can see on its global object (this project type-checks tests without DOM). */
interface PageGlobal {
  api?: Api;
  require?: unknown;
  process?: unknown;
  module?: unknown;
  ipcRenderer?: unknown;
  open(url: string, target: string): unknown;
  location: { href: string };
}

let app: ElectronApplication | undefined;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'los-electron-'));
  app = await electron.launch({
    executablePath: electronExecutablePath,
    args: [resolve('out/main/index.js'), '--data-dir', dataDir],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
});

test.afterEach(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('opens one window titled LOS Builder from the app origin', async () => {
  const page = await app!.firstWindow();
  await expect(page).toHaveTitle('LOS Builder');
  expect(page.url()).toBe('app://los/index.html');
  expect(app!.windows()).toHaveLength(1);
});

test('gives the page the named API methods and nothing of Node or Electron', async () => {
  const page = await app!.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const exposed = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobal;
    return {
      api: Object.keys(page.api ?? {}).sort(),
      apiTypes: Object.values(page.api ?? {}).map((value) => typeof value),
      require: typeof page.require,
      process: typeof page.process,
      module: typeof page.module,
      ipcRenderer: typeof page.ipcRenderer,
    };
  });
  expect(exposed.api).toEqual([...methodNames].sort());
  expect(new Set(exposed.apiTypes)).toEqual(new Set(['function']));
  expect(exposed).toMatchObject({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('answers app:status through the preload in desktop mode', async () => {
  const page = await app!.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const status = await page.evaluate(() =>
    (globalThis as unknown as PageGlobal).api?.['app:status'](),
  );
  expect(status).toMatchObject({ ok: true, value: { mode: 'desktop' } });
});

test('refuses to navigate away from the app or open new windows', async () => {
  const page = await app!.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobal;
    page.open('https://example.com/', '_blank');
    page.location.href = 'https://example.com/';
  });
  await expect(page).toHaveURL('app://los/index.html');
  expect(app!.windows()).toHaveLength(1);
});

/** Clicks an item of the File menu, as a person would with the mouse or its shortcut. */
async function clickFileMenu(label: string): Promise<void> {
  await app!.evaluate(({ Menu }, wanted) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
    const item = file?.submenu?.items.find((entry) => entry.label === wanted);
    if (!item) throw new Error(`No File menu item "${wanted}".`);
    (item.click as () => void)();
  }, label);
}

test('the File menu opens the utilities screen and saves a backup where the dialog says', async () => {
  const page = await app!.firstWindow();
  await expect(page.getByRole('button', { name: /^Utility: / })).toBeVisible();
  await clickFileMenu('Open or Switch Utility…');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Utilities and backups' }),
  ).toBeVisible();
  await expect(page.getByText(dataDir)).toBeVisible();

  const target = join(dataDir, '..', `${dataDir.split(/[\\/]/).at(-1)}-carried.losbackup`);
  // The save dialog answers as a person choosing a USB stick would.
  await app!.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
  }, target);
  await clickFileMenu('Save a Backup…');
  await expect(page.getByRole('status').filter({ hasText: 'carried.losbackup' })).toBeVisible();
  const { readFile } = await import('node:fs/promises');
  const saved = JSON.parse(await readFile(target, 'utf8')) as { kind: string };
  expect(saved.kind).toBe('los-builder-backup');
  await rm(target, { force: true });
});

test('View › Language › Español turns the page, the menu and main’s refusals Spanish', async () => {
  const page = await app!.firstWindow();
  await expect(page.getByRole('button', { name: /^Utility: / })).toBeVisible();
  const refusal = () =>
    page.evaluate(async () => {
      const api = (globalThis as unknown as PageGlobal).api;
      const status = await api?.['utility:get']();
      if (!status?.ok) throw new Error('utility:get failed');
      const { rev, value } = status.value;
      const refused = await api?.['utility:save']({ rev, value: { ...value, connections: 2.5 } });
      return refused && !refused.ok ? refused.error.fields?.['value.connections'] : undefined;
    });
  const inEnglish = await refusal();
  expect(inEnglish).toContain('whole number');
  await app!.evaluate(({ Menu }) => {
    const view = Menu.getApplicationMenu()?.items.find((item) => item.label === 'View');
    const languages = view?.submenu?.items.find((item) => item.label === 'Language');
    const spanish = languages?.submenu?.items.find((item) => item.label === 'Español');
    if (!spanish) throw new Error('No View › Language › Español.');
    (spanish.click as () => void)();
  });
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Sistema: / })).toBeVisible();
  // Main redraws its menu once the page has remembered the choice.
  await expect
    .poll(() =>
      app!.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label)),
    )
    .toContain('Archivo');
  // The preload sends the page's language with each call: the same refusal comes back in Spanish.
  const inSpanish = await refusal();
  expect(inSpanish).toEqual(expect.any(String));
  expect(inSpanish).not.toBe(inEnglish);
  expect(inSpanish).not.toContain('whole number');
});
