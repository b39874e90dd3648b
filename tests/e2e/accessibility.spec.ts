import { expect, openApp, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';
import { agreementWithProblems, customersHeard } from './seeds';
import { seriousViolations } from './serious-violations';

// Each test runs axe over whole steps several times: on two cores that can take most of a
// minute, which is not a slow app, only a slow audit.
test.describe.configure({ timeout: 90_000 });

test('both steps have no serious accessibility problems', async ({ page, app }) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await page.getByRole('button', { name: 'Add a board member' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await wizard.next();
  await wizard.expectStep('Goal areas, mission and boundaries');
  expect(await seriousViolations(page)).toEqual([]);
});

test('step 1 can be filled in with the keyboard alone', async ({ page, app }) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await page.getByRole('textbox', { name: 'Name of the utility' }).focus();
  await page.keyboard.type('Keyboard Springs Water');
  await page.keyboard.press('Tab');
  // The first radio of "What does the utility run?" takes focus; Space chooses it.
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Drinking water' })).toBeChecked();
  await wizard.expectSaved();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of the utility' })).toHaveValue(
    'Keyboard Springs Water',
  );
  await expect(page.getByRole('radio', { name: 'Drinking water' })).toBeChecked();
});

test.describe('with goals', () => {
  test.use({ seed: agreementWithProblems() });

  test('the goal steps, an open goal and the review have no serious accessibility problems', async ({
    page,
    app,
  }) => {
    await openApp(page, app);
    const wizard = new WizardPage(page);
    await wizard.expectStep('Review');
    expect(await seriousViolations(page)).toEqual([]);
    await wizard.back();
    await wizard.expectStep('External goals');
    expect(await seriousViolations(page)).toEqual([]);
    await wizard.back();
    await wizard.expectStep('Customers');
    await wizard.back();
    await wizard.expectStep('Internal goals');
    await page.getByRole('button', { name: 'Edit' }).first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add from the library' }).click();
    await expect(page.getByRole('dialog', { name: 'Goal library' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('with customer feedback', () => {
  test.use({ seed: customersHeard() });

  test('every tab of the customer step has no serious accessibility problems', async ({
    page,
    app,
  }) => {
    await openApp(page, app);
    const wizard = new WizardPage(page);
    await wizard.expectStep('Customers');
    for (const tab of [
      'Plan',
      'Outreach and feedback',
      'What we heard',
      'Complaint log',
      'Survey forms',
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});
