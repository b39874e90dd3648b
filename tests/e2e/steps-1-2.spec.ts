import { expect, openApp, test } from './fixtures';
import { ScopeStep } from './pages/scope-step';
import { UtilityStep } from './pages/utility-step';
import { WizardPage } from './pages/wizard-page';

test('steps 1 and 2 filled in survive a reload, and the app reopens on the step left', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const utility = new UtilityStep(page);
  await wizard.expectStep('Utility and team');

  await utility.name.fill('Cedar Flats Mutual Domestic Water Consumers Association');
  await utility.chooseSystemType('Drinking water');
  await utility.systemId.fill('nm3512345');
  await utility.chooseState('New Mexico');
  await utility.connections.fill('212');
  await utility.population.fill('540');
  await utility.milesOfMain.fill('14.5');
  await utility.addBoardMember(1, {
    name: 'Maria Lopez',
    office: 'President',
    termEnds: '2027-06-30',
  });
  await utility.addBoardMember(2, { name: 'Joe Baca', office: 'Secretary' });
  await utility.addOperator(1, 'Sam Chavez', 'Water Treatment Grade 2');
  await wizard.expectSaved();
  await expect(page.getByRole('region', { name: 'To finish this step' })).toContainText(
    'Everything this step needs is filled in.',
  );
  await expect(page.getByRole('banner')).toContainText(
    'Cedar Flats Mutual Domestic Water Consumers Association',
  );
  await wizard.screenshot('step-1-utility-and-team');

  await wizard.next();
  await wizard.expectStep('Goal areas, mission and boundaries');
  const scope = new ScopeStep(page);
  await scope.area('Customer Service').click();
  await scope.area('Regulatory Requirements').click();
  await scope.area('Water Efficiency / Conservation').click();
  await scope.mission.fill(
    'Cedar Flats provides safe, reliable water to its members at a fair price.',
  );
  await scope.answer('fire hydrants', 'No');
  await scope.answer('backup water source', 'No');
  await scope.answer('storage tank', 'Yes');
  await scope.answer('backup power', 'Not sure');
  await scope.assetLimits.fill('We have no fire hydrants and cannot provide fire protection.');
  await wizard.expectSaved();
  await wizard.screenshot('step-2-goal-areas-mission-boundaries');

  await page.reload();
  await wizard.expectStep('Goal areas, mission and boundaries');
  await expect(scope.area('Customer Service')).toBeChecked();
  await expect(scope.area('Regulatory Requirements')).toBeChecked();
  await expect(scope.area('Water Efficiency / Conservation')).toBeChecked();
  await expect(scope.area('Social')).not.toBeChecked();
  await expect(scope.mission).toHaveValue(
    'Cedar Flats provides safe, reliable water to its members at a fair price.',
  );
  await expect(
    scope.assetQuestion('fire hydrants').getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await expect(
    scope.assetQuestion('storage tank').getByRole('radio', { name: 'Yes', exact: true }),
  ).toBeChecked();
  await expect(scope.assetLimits).toHaveValue(
    'We have no fire hydrants and cannot provide fire protection.',
  );

  await wizard.back();
  await wizard.expectStep('Utility and team');
  await expect(utility.name).toHaveValue('Cedar Flats Mutual Domestic Water Consumers Association');
  await expect(utility.systemId).toHaveValue('NM3512345');
  await expect(utility.state).toHaveValue('New Mexico');
  await expect(utility.connections).toHaveValue('212');
  await expect(utility.milesOfMain).toHaveValue('14.5');
  await expect(utility.boardMember(1).getByRole('textbox', { name: 'Name' })).toHaveValue(
    'Maria Lopez',
  );
  await expect(utility.boardMember(2).getByRole('combobox', { name: 'Office' })).toHaveValue(
    'Secretary',
  );
  await expect(utility.operator(1).getByRole('textbox', { name: 'Certification' })).toHaveValue(
    'Water Treatment Grade 2',
  );
});

test('a bad value shows the field message and what was saved before is kept', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const utility = new UtilityStep(page);
  await utility.name.fill('Sunny Acres Water');
  await utility.connections.fill('250');
  await wizard.expectSaved();

  await utility.connections.fill('12.5');
  await utility.name.fill('Sunny Acres Water Association');
  await expect(page.getByText('Connections must be a whole number, such as 250.')).toBeVisible();
  await expect(wizard.saveStatus).toHaveText(/Not saved: fix the field marked in red/);
  await expect(utility.connections).toHaveAttribute('aria-invalid', 'true');
  await wizard.screenshot('step-1-bad-value');

  // Moving on is refused while a field is wrong, so the bad value is not silently dropped.
  await wizard.next();
  await wizard.expectStep('Utility and team');

  await page.reload();
  await expect(utility.connections).toHaveValue('250');
  await expect(utility.name).toHaveValue('Sunny Acres Water Association');
});
