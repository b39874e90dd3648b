import { expect, openApp, test } from './fixtures';
import { CustomersStep } from './pages/customers-step';
import { WizardPage } from './pages/wizard-page';
import { customersHeard } from './seeds';

// A water system with one external goal: its card asks ten questions (issue 18).
test.use({ seed: customersHeard() });

test('a returned survey card is typed top to bottom with the keyboard alone, in Chromium', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const customers = new CustomersStep(page);
  await customers.openTab('Outreach and feedback');
  await page.getByRole('button', { name: /^Type cards for/ }).click();
  const form = page.getByRole('form', { name: /^New card for/ });
  // Chosen where to type: the focus is on the first question.
  await expect(form.getByRole('radio', { name: '1 Very dissatisfied' })).toBeFocused();
  const keys = async (...pressed: string[]) => {
    for (const key of pressed) await page.keyboard.press(key);
  };
  await keys('4'); // 1. overall: 4
  await keys('Tab', '5', 'Tab', '2', 'Tab', '6'); // 2. taste 5, pressure 2, reliability: don't know
  await keys('Tab', 'Tab', '3', 'Tab'); // response left blank, billing 3, courtesy left blank
  await keys('Tab', '1', '6'); // 3. low pressure, no water
  await keys('Tab', '3', 'Tab', '2', 'Tab', '2'); // 4. 8 hours, 5. 2 days, 6. up to 10% more
  await keys('Tab', '2', 'Tab', '1'); // 7. reliable service 2, affordable bills 1
  await keys('Tab', 'Tab', 'Tab', 'Tab', '1', '4'); // 8. mail, note with the bill
  await keys('Tab', '3'); // 9. the pressure goal: very important
  await keys('Tab'); // 10. what was said
  await page.keyboard.type('Brown water from the tap');
  await keys('Enter');
  await expect(page.getByText('✓ Card 4 saved.')).toBeVisible();
  await expect(form.getByRole('radio', { name: '1 Very dissatisfied' })).toBeFocused();
  const wizard = new WizardPage(page);
  await wizard.screenshot('step-4-card-entry');

  await page.reload();
  await wizard.expectStep('Customers');
  await customers.openTab('Outreach and feedback');
  const card = customers.savedCards().filter({ hasText: 'Brown water from the tap' });
  await expect(card).toContainText(
    'Satisfaction 4 of 5 · Outage up to 8 hours · Notice 2 days · Would pay +10% · 4 aspects rated · Problems: low pressure and no water (outage) · Most important: affordable bills · Hear from us by Mail and Note with the bill · Importance of 1 goal marked',
  );
});
