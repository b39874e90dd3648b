import { expect, openApp, test } from './fixtures';
import { seriousViolations } from './serious-violations';
import { WizardPage } from './pages/wizard-page';

// The words explained (issue 18): from the header on any screen, and from a term where it is used,
// by keyboard as well as by mouse, in the built app.

test('the words explained open from the header and at a term, and close back to where they were', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await new WizardPage(page).expectStep('Utility and team');

  await page.getByRole('button', { name: 'Words explained' }).click();
  const glossary = page.getByRole('dialog', { name: 'Words explained' });
  await expect(glossary.getByText('Quorum', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();
  await expect(page.getByRole('button', { name: 'Words explained' })).toBeFocused();

  // From the system ID's hint, with the keyboard: the entry asked about is the one read out.
  await page.getByRole('link', { name: 'PWS ID' }).focus();
  await page.keyboard.press('Enter');
  const entry = glossary.getByText(/^Public water system ID: the number the state gives/);
  await expect(entry.locator('..')).toBeFocused();
  await expect(entry).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/glossary-pws-id.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'PWS ID' })).toBeFocused();
});

test('on a small window the words explained are in the step menu, after the steps', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await openApp(page, app);
  const menu = page.getByRole('button', { name: /Step 1 of 8/ });
  await menu.click();
  await page.getByRole('button', { name: /^Words explained/ }).click();
  const glossary = page.getByRole('dialog', { name: 'Words explained' });
  await expect(glossary.getByText('Level of service', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(glossary).toBeHidden();
  await expect(menu).toBeFocused();
});
