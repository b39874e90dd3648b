import { expect, openApp, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';
import { agreementWithProblems } from './seeds';

test.use({ seed: agreementWithProblems() });

test('the review finds the prepared problems and leads to the goal to fix', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await wizard.expectStep('Review');

  const mustFix = page.getByRole('region', { name: 'Must fix before approval' });
  const worthALook = page.getByRole('region', { name: 'Worth a look' });
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(mustFix.getByRole('listitem')).toHaveCount(3);
  await expect(mustFix).toContainText('Fire flow at every hydrant');
  await expect(mustFix).toContainText('capital improvement plan');
  await expect(mustFix).toContainText('Enough pressure everywhere');
  await expect(mustFix).toContainText('20 psi');
  await expect(mustFix).toContainText('Every sample on time');
  await expect(worthALook).toContainText('Enough pressure everywhere'); // no customer input
  await expect(worthALook).toContainText('Water Efficiency / Conservation'); // chosen area, no goal
  await expect(notes).toContainText('Few main breaks'); // 12 → 3 breaks is a stretch
  await wizard.screenshot('step-6-review');

  // Each finding leads to the goal to fix.
  await mustFix
    .getByRole('listitem')
    .filter({ hasText: 'Every sample on time' })
    .getByRole('button', { name: 'Go to this goal' })
    .click();
  await wizard.expectStep('Internal goals');
  await page.getByRole('textbox', { name: 'Unit', exact: true }).fill('%');
  await wizard.expectSaved();
  await page.getByRole('button', { name: 'Done with this goal' }).click();

  // The floor is the board's to set: a state with 15 psi lets the pressure goal through.
  for (const step of ['Customers', 'External goals']) {
    await page.getByRole('button', { name: /^Next/ }).click();
    await wizard.expectStep(step);
  }
  await page.getByRole('button', { name: /^Next/ }).click();
  await wizard.expectStep('Review');
  await expect(mustFix.getByRole('listitem')).toHaveCount(2);
  await expect(mustFix).not.toContainText('Every sample on time');
  await page.getByRole('textbox', { name: 'Minimum water pressure (psi)' }).fill('15');
  await wizard.expectSaved();
  await expect(mustFix.getByRole('listitem')).toHaveCount(1);
  await expect(mustFix).toContainText('Fire flow at every hydrant');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Minimum water pressure (psi)' })).toHaveValue(
    '15',
  );
});
