import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';
import { seriousViolations } from './serious-violations';

// The example utility (issue 18): opened from the utilities screen as a copy of its own, marked
// on every screen it shows, never mistaken for the real utility beside it, and removed.

// Two reloads (each switch of utility reads everything afresh) on a busy machine.
test.describe.configure({ timeout: 60_000 });

const utilityButton = (page: Page) => page.getByRole('button', { name: /^Utility: / });
const banner = (page: Page) => page.getByRole('note').filter({ hasText: 'Example utility' });
const list = (page: Page) => page.getByRole('list', { name: 'Utilities on this computer' });
const exampleName = 'Example: Cedar Creek Water';

async function openUtilities(page: Page): Promise<void> {
  await utilityButton(page).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Utilities and backups' }),
  ).toBeVisible();
}

test('the example opens as a copy, is marked on every screen, and is removed', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await page.getByRole('textbox', { name: 'Name of the utility' }).fill('Piñon Mesa Water & Sewer');
  await wizard.expectSaved();
  await expect(banner(page)).toHaveCount(0);

  await openUtilities(page);
  await page.getByRole('button', { name: 'Open the example utility' }).click();
  await expect(utilityButton(page)).toHaveText(new RegExp(`Utility: ${exampleName}`));
  // It opens where the example was left: revision 2's meeting, set up for its vote.
  await wizard.expectStep('Board approval');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('banner').getByText('Example', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  for (const step of ['Utility and team', 'Internal goals', 'Customers', 'Review']) {
    await wizard.goTo(step);
    await expect(banner(page)).toBeVisible();
  }
  await page
    .getByRole('button', { name: /Goal results/ })
    .first()
    .click();
  await expect(banner(page)).toBeVisible();

  await banner(page).getByRole('button', { name: 'Go to the utilities list' }).click();
  await expect(banner(page)).toBeVisible();
  const exampleItem = list(page).getByRole('listitem', { name: exampleName });
  await expect(exampleItem.getByText('Example', { exact: true })).toBeVisible();
  const realItem = list(page).getByRole('listitem', { name: 'Piñon Mesa Water & Sewer' });
  await expect(realItem.getByText('Example', { exact: true })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Open Piñon Mesa Water & Sewer' }).click();
  await expect(utilityButton(page)).toHaveText(/Utility: Piñon Mesa Water & Sewer/);
  await expect(page.getByRole('textbox', { name: 'Name of the utility' })).toHaveValue(
    'Piñon Mesa Water & Sewer',
  );
  await expect(banner(page)).toHaveCount(0);

  await openUtilities(page);
  await page.getByRole('button', { name: `Remove ${exampleName}` }).click();
  await expect(list(page).getByRole('heading')).toHaveText(['Piñon Mesa Water & Sewer']);
  await expect(page.getByRole('button', { name: 'Open the example utility' })).toBeVisible();
});
