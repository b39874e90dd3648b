import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { ApprovalStep, daysAgo } from './pages/approval-step';
import { openSecondTab } from './second-tab';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval, readyForGoals } from './seeds';

// The app open twice, as two tabs on the address `npm run serve` printed: what one tab saves
// shows in the other, typing is never swallowed, and an approval freezes the other tab too.

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
    const { tab: other, errors } = await openSecondTab(page, app);
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
    const { tab: other, errors } = await openSecondTab(page, app);
    // By keyboard, as the stepper's buttons allow.
    await other
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('button', { name: /Utility and team/ })
      .press('Enter');
    await expect(nameOf(other)).toBeEditable();

    const approval = new ApprovalStep(page);
    await approval.recordCarriedVote(daysAgo(1), 'R-1');
    await approval.approve(1);

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
