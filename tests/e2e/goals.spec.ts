import { expect, openApp, test } from './fixtures';
import { GoalsStep } from './pages/goals-step';
import { WizardPage } from './pages/wizard-page';
import { readyForGoals } from './seeds';

test.use({ seed: readyForGoals() });

const valveGoal = 'Every valve turns when the crew needs to shut off a section of main.';

test('goals added from the library and blank, edited, reordered, deleted and undone all survive a reload', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  await wizard.expectStep('Internal goals');

  const mainsGoal = 'Our water mains seldom break or leak.';
  const lossGoal = 'We lose little of the water we produce to leaks and unbilled use.';
  const pumpGoal = 'Pump station checked every week';
  await goals.addFromLibrary(mainsGoal, valveGoal, lossGoal);
  await goals.done();
  await goals.addBlank();
  await goals.field('Goal').fill(pumpGoal);
  await goals
    .card(pumpGoal)
    .getByRole('combobox', { name: 'Goal area' })
    .selectOption({ label: 'Customer Service' });
  await goals.field('What is measured').fill('Weekly pump checks done');
  await goals.field('Unit').fill('checks per week');

  // A bad target shows the schema's message and is not saved; the fix is.
  await goals.field('Target').fill('abc');
  await expect(page.getByText('Target must be a number, such as 20.')).toBeVisible();
  await expect(wizard.saveStatus).toHaveText(/Not saved: fix the field marked in red/);
  await goals.field('Target').fill('1');
  await expect(page.getByText('Target must be a number, such as 20.')).toBeHidden();
  await wizard.expectSaved();
  await goals.done();
  await wizard.screenshot('step-3-internal-goals');

  // Cards read in the agreement's order: water efficiency before customer service, then the
  // board's order within an area; Move up works within the area, where it changes the numbers.
  expect(await goals.statements()).toEqual([lossGoal, mainsGoal, valveGoal, pumpGoal]);
  await expect(goals.card(lossGoal).getByRole('button', { name: 'Move down' })).toBeDisabled();
  await goals.card(pumpGoal).getByRole('button', { name: 'Move up' }).click();
  await expect.poll(() => goals.statements()).toEqual([lossGoal, mainsGoal, pumpGoal, valveGoal]);
  await expect(goals.card(pumpGoal)).toHaveAccessibleName(/^Goal 3:/);

  await goals.card(valveGoal).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Goal deleted')).toBeVisible();
  await expect(goals.card(valveGoal)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(goals.card(valveGoal)).toBeVisible();

  await page.reload();
  await wizard.expectStep('Internal goals');
  await expect.poll(() => goals.statements()).toEqual([lossGoal, mainsGoal, pumpGoal, valveGoal]);
  await goals.card(pumpGoal).getByRole('button', { name: 'Edit' }).click();
  await expect(goals.field('Target')).toHaveValue('1');
  await expect(goals.field('Unit')).toHaveValue('checks per week');
});

test('an external goal with no customer evidence is flagged and points to the customer step', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  await wizard.next();
  await wizard.expectStep('Customers');
  await wizard.next();
  await wizard.expectStep('External goals');
  await goals.addFromLibrary(
    'Every customer has enough water pressure, even at the hardest-to-reach spot in the system.',
  );
  await goals.done();
  const card = goals.card('Every customer has enough water pressure');
  await expect(card.getByRole('list', { name: 'Review flags' })).toContainText(
    'No customer input yet',
  );
  await expect(card).toContainText('Customers said: nothing linked yet.');
  await page.getByRole('button', { name: 'Link evidence on the Customers step' }).click();
  await wizard.expectStep('Customers');
  // On the tab where linking happens, not the step's first tab.
  await expect(page.getByRole('tab', { name: 'What we heard' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('region', { name: 'Evidence for each external goal' })).toBeVisible();
  // The step's other tabs load in the background; the server must not stop under them.
  await page.waitForLoadState('networkidle');
});

test('a goal can be added from the library and edited with the keyboard alone', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  await page.getByRole('button', { name: 'Add from the library' }).focus();
  await page.keyboard.press('Enter');
  await expect(goals.library).toBeVisible();
  const addButton = goals.library
    .getByRole('article', { name: valveGoal })
    .getByRole('button', { name: 'Add this goal' });
  // Tab through the dialog until the valve goal's button has focus, as a keyboard user would.
  for (let presses = 0; presses < 80; presses += 1) {
    if (await addButton.evaluate((button) => button === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(addButton).toBeFocused();
  await page.keyboard.press('Enter');
  // The library stays open for more; Escape closes it and opens the goal just added.
  await expect(goals.library.getByRole('status')).toContainText('1 goal added so far');
  await page.keyboard.press('Escape');
  await expect(goals.library).toBeHidden();
  // The new goal opens with the cursor in its wording.
  await expect(goals.field('Goal')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Dead ends too.');
  await wizard.expectSaved();
  await page.reload();
  await expect(goals.card(`${valveGoal} Dead ends too.`)).toBeVisible();
});
