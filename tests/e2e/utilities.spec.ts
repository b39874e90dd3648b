import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';
import { openSecondTab } from './second-tab';
import { seriousViolations } from './serious-violations';

// Several utilities on one computer, and backups that travel: a second utility is started,
// the first is saved to a backup file, removed, and brought back from that file; an automatic
// backup is restored and the restore undone. All through what a user sees, in browser mode.

// The page reloads five times in the first test (each switch of utility reads everything
// afresh); beside another test on a busy 2-core machine that can take most of a minute.
test.describe.configure({ timeout: 60_000 });

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name of the utility' });
const utilityButton = (page: Page) => page.getByRole('button', { name: /^Utility: / });
const utilitiesHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Utilities and backups' });

/** Types the utility's name on step 1 and waits until it is saved. */
async function nameUtility(page: Page, name: string): Promise<void> {
  await nameField(page).fill(name);
  await new WizardPage(page).expectSaved();
  await expect(utilityButton(page)).toHaveText(new RegExp(`Utility: ${name}`));
}

async function openUtilities(page: Page): Promise<void> {
  await utilityButton(page).click();
  await expect(utilitiesHeading(page)).toBeVisible();
}

/** Cedar Creek Water named on step 1, then a new, empty utility opened beside it. */
async function cedarCreekThenNew(page: Page, app: Parameters<typeof openApp>[1]): Promise<void> {
  await openApp(page, app);
  await nameUtility(page, 'Cedar Creek Water');
  await openUtilities(page);
  await page.getByRole('button', { name: '+ New utility' }).click();
  await expect(utilityButton(page)).toHaveText(/Utility: Unnamed/);
}

test('a second utility, a backup file carried out and back, and an undone restore', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await nameUtility(page, 'Cedar Creek Water');

  // Save a backup of Cedar Creek: in the browser it arrives as a download.
  await openUtilities(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.losbackup$/);
  const backupPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(backupPath);
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toContainText(
    download.suggestedFilename(),
  );

  // A second utility: the page reloads on it, straight into the wizard.
  await page.getByRole('button', { name: '+ New utility' }).click();
  await expect(utilityButton(page)).toHaveText(/Utility: Unnamed/);
  await expect(nameField(page)).toHaveValue('');
  await nameUtility(page, 'Pine Ridge MDWCA');

  // Both are listed; the open one cannot be removed, the other can.
  await openUtilities(page);
  const list = page.getByRole('list', { name: 'Utilities on this computer' });
  await expect(list.getByRole('heading')).toHaveText(['Cedar Creek Water', 'Pine Ridge MDWCA']);
  await expect(page.getByRole('button', { name: 'Remove Pine Ridge MDWCA' })).toBeDisabled();
  await page.getByRole('button', { name: 'Remove Cedar Creek Water' }).click();
  await expect(page.getByRole('button', { name: 'Put back Cedar Creek Water' })).toBeFocused();
  await expect(list.getByRole('heading')).toHaveText(['Pine Ridge MDWCA']);

  // Restore Cedar Creek from the file: its preview first, then the restore itself.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await choosing).setFiles(backupPath);
  // Removed, it is no longer on the list: the backup brings it back as a utility of its own.
  const preview = page.getByRole('dialog', { name: 'Add this utility from the backup?' });
  await expect(preview.getByRole('table', { name: 'What the backup holds' })).toContainText(
    'Cedar Creek Water',
  );
  await preview.getByRole('button', { name: 'Add as a new utility' }).click();
  await expect(utilityButton(page)).toHaveText(/Utility: Cedar Creek Water/);
  await expect(nameField(page)).toHaveValue('Cedar Creek Water');

  // Change the name, then restore the automatic backup made when Cedar Creek was opened.
  await nameUtility(page, 'Cedar Creek Water District');
  await openUtilities(page);
  await page
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  const automatic = page.getByRole('dialog', { name: 'This backup is older than the data here' });
  await expect(automatic.getByRole('table', { name: 'What the backup holds' })).toContainText(
    'Cedar Creek Water',
  );
  await automatic.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(nameField(page)).toHaveValue('Cedar Creek Water');

  // The restore is undone from the utilities screen: the name typed before it is back.
  await openUtilities(page);
  await page.getByRole('button', { name: /^Undo the restore of / }).click();
  await expect(nameField(page)).toHaveValue('Cedar Creek Water District');
});

test('another tab that opens a different utility makes this one ask to reload', async ({
  page,
  app,
}) => {
  await cedarCreekThenNew(page, app);

  // A second tab opens with two utilities kept: it starts on the utilities screen.
  const { tab, errors } = await openSecondTab(page, app);
  await expect(utilitiesHeading(tab)).toBeVisible();
  await tab.getByRole('button', { name: 'Open Cedar Creek Water' }).click();
  await expect(nameField(tab)).toHaveValue('Cedar Creek Water');

  const reload = page.getByRole('dialog', { name: 'This window must reload' });
  await expect(reload).toContainText('Another window opened Cedar Creek Water.');
  await reload.getByRole('button', { name: 'Reload' }).click();
  await expect(utilityButton(page)).toHaveText(/Utility: Cedar Creek Water/);
  expect(errors).toEqual([]);
});

test('the utilities screen and a backup’s preview have no serious accessibility problems', async ({
  page,
  app,
}) => {
  await cedarCreekThenNew(page, app);
  await nameUtility(page, 'Pine Ridge MDWCA');
  // Opening Cedar Creek again makes its first automatic backup.
  await openUtilities(page);
  await page.getByRole('button', { name: 'Open Cedar Creek Water' }).click();
  await expect(utilityButton(page)).toHaveText(/Utility: Cedar Creek Water/);
  await openUtilities(page);
  await page.getByRole('button', { name: 'Remove Pine Ridge MDWCA' }).click();
  await expect(page.getByRole('button', { name: 'Put back Pine Ridge MDWCA' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/** Presses Tab until `name` has the focus, as someone without a mouse does (at most 40 times). */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const target = page.getByRole('button', { name });
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(name)}.`);
}

test('switching, removing and putting back a utility all work from the keyboard', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await nameUtility(page, 'Cedar Creek Water');
  await openUtilities(page);
  await tabTo(page, '+ New utility');
  await page.keyboard.press('Enter');
  await expect(utilityButton(page)).toHaveText(/Utility: Unnamed/);
  await nameUtility(page, 'Pine Ridge MDWCA');

  await tabTo(page, /^Utility: /);
  await page.keyboard.press('Enter');
  await expect(utilitiesHeading(page)).toBeVisible();
  await tabTo(page, 'Remove Cedar Creek Water');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Put back Cedar Creek Water' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, 'Open Cedar Creek Water');
  await page.keyboard.press('Enter');
  await expect(nameField(page)).toHaveValue('Cedar Creek Water');
});
