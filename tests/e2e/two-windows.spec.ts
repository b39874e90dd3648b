import type { Page } from '@playwright/test';
import { expect, openApp, test, type RunningApp } from './fixtures';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval, readyForGoals } from './seeds';

// The app open twice, as two tabs on the address `npm run serve` printed: what one tab saves
// shows in the other, typing is never swallowed, and an approval freezes the other tab too.

/** A second tab on the same app, failing the test on any error it logs, as the first does. */
async function secondTab(page: Page, app: RunningApp): Promise<{ tab: Page; errors: string[] }> {
  const tab = await page.context().newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await openApp(tab, app);
  return { tab, errors };
}

const nameOf = (tab: Page) => tab.getByRole('textbox', { name: 'Name of the utility' });

test.describe('step 1 open in two tabs', () => {
  test.use({
    seed: (() => {
      const workbook = readyForGoals();
      workbook.wizard.currentStep = 'utility';
      return workbook;
    })(),
  });

  test('a change in one tab shows in the other’s field; typing in both keeps the text with a choice', async ({
    page,
    app,
  }) => {
    await openApp(page, app);
    const { tab: other, errors } = await secondTab(page, app);
    const here = new WizardPage(page);
    const there = new WizardPage(other);

    // Typed in the first tab, it appears in the second tab's field, not just as a notice.
    await page.getByRole('textbox', { name: 'System ID' }).fill('NM3599999');
    await here.expectSaved();
    await expect(other.getByRole('textbox', { name: 'System ID' })).toHaveValue('NM3599999');
    await there.expectSaved();

    // Both tabs type into the name. The second tab's save is held back until the first tab's
    // is stored, so it is sent on a revision that is no longer the latest.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const isNameSave = (url: URL) => url.pathname === '/api/utility:save';
    // Left in place: once released, every later save passes straight through.
    await other.route(isNameSave, async (route) => {
      await released;
      await route.continue();
    });
    await nameOf(other).fill('Pine Flats Water');
    await expect(there.saveStatus).toHaveText(/Saving/);
    await nameOf(page).fill('Cedar Flats MDWCA');
    await here.expectSaved();
    release();

    const mark = other.locator('[data-conflict-mark]');
    await expect(nameOf(other)).toHaveAccessibleDescription(
      /Not saved — changed in another window, which has “Cedar Flats MDWCA”\./,
    );
    await expect(nameOf(other)).toHaveValue('Pine Flats Water');
    await expect(
      other.getByRole('alert', { name: 'Not saved — changed in another window' }),
    ).toBeVisible();
    await other.screenshot({ path: 'test-results/screenshots/two-windows-conflict.png' });

    await mark.getByRole('button', { name: 'Keep mine' }).click();
    await there.expectSaved();
    await expect(mark).toHaveCount(0);
    // The first tab had not touched the name since its save: it now shows the kept text.
    await expect(nameOf(page)).toHaveValue('Pine Flats Water');
    await expect(page.getByRole('textbox', { name: 'System ID' })).toHaveValue('NM3599999');
    expect(errors, 'the second tab logged errors').toEqual([]);
  });
});

test.describe('approval in one tab', () => {
  test.use({ seed: readyForApproval() });

  test('freezes the other tab, which offers Reload and stops taking typing', async ({
    page,
    app,
  }) => {
    // Two tabs and a whole roll call: slow beside other tests on two cores.
    test.setTimeout(90_000);
    await openApp(page, app);
    const { tab: other, errors } = await secondTab(page, app);
    // By keyboard, as the stepper's buttons allow.
    await other
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('button', { name: /Utility and team/ })
      .press('Enter');
    await expect(nameOf(other)).toBeEditable();

    await recordAndApprove(page);

    const banner = other.getByRole('region', { name: 'Revision 1 is approved and frozen' });
    await expect(banner).toContainText('recorded in another window');
    await expect(nameOf(other)).toBeDisabled();
    await other.screenshot({ path: 'test-results/screenshots/two-windows-frozen.png' });

    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(banner.getByRole('button', { name: 'Start a new revision' })).toBeVisible();
    await expect(nameOf(other)).toBeDisabled();
    expect(errors, 'the second tab logged errors').toEqual([]);
  });
});

/** Yesterday on this computer's calendar: a meeting that has taken place. */
function yesterday(): string {
  const day = new Date();
  day.setDate(day.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Records a carried vote on step 7 and approves revision 1, as approval.spec.ts does. */
async function recordAndApprove(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Meeting date' }).fill(yesterday());
  await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Community hall');
  await page
    .getByRole('textbox', { name: 'How the meeting was noticed' })
    .fill('Posted a week ahead.');
  for (const name of ['Maria Peña', 'Joe Baca', 'Ana Lucero', 'Ray Ortiz', 'Lena Roybal']) {
    await page
      .getByRole('radiogroup', { name: `Vote of ${name}` })
      .getByRole('radio', { name: 'Aye' })
      .check();
  }
  await page
    .getByRole('combobox', { name: 'Moved by' })
    .selectOption({ label: 'Ana Lucero (Secretary)' });
  await page
    .getByRole('combobox', { name: 'Seconded by' })
    .selectOption({ label: 'Ray Ortiz (Treasurer)' });
  await page.getByRole('textbox', { name: 'Resolution number' }).fill('R-1');
  await new WizardPage(page).expectSaved();
  await page.getByRole('button', { name: 'Approve and freeze revision 1' }).click();
  await page
    .getByRole('dialog', { name: 'Approve and freeze revision 1?' })
    .getByRole('button', { name: 'Approve and freeze' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Revision 1 is approved and frozen' }),
  ).toBeVisible();
}
