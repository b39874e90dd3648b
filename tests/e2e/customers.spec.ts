import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { printMarkingEnglish } from './english-passages';
import { expect, openApp, test } from './fixtures';
import { CustomersStep } from './pages/customers-step';
import { GoalsStep } from './pages/goals-step';
import { WizardPage } from './pages/wizard-page';
import { readyForCustomers } from './seeds';

test.use({ seed: readyForCustomers() });

const complaintLog = join(import.meta.dirname, 'data', 'complaint-log-e2e.csv');
const pressureGoal = 'Every customer has enough water pressure.';

/** Five comments from the annual meeting, each with the number key of its topic. */
const meetingComments: [said: string, topicKey: string][] = [
  ['Pressure drops every evening on the hill', '2'],
  ['Weak shower upstairs after six', '2'],
  ['Brown water after the hydrant flushing', '1'],
  ['The shutoff last spring came with no notice', '3'],
  ['The bill is hard to read', '5'],
];

test('a plan, a meeting’s comments, an imported complaint log and an evidence link all survive a reload', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const customers = new CustomersStep(page);
  await wizard.expectStep('Customers');

  // Plan two ways of asking.
  await page
    .getByRole('radiogroup', { name: 'Does the utility hold an annual meeting?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await customers.planMethod('Annual meeting', '2026-05-12');
  await customers.planMethod('Call and complaint log', '2026-06-01');
  await wizard.expectSaved();
  await wizard.screenshot('step-4-plan');

  // The annual meeting and its five comments, typed like a stack of cards.
  await customers.openTab('Outreach and feedback');
  await customers.addOutreach({
    method: 'Annual meeting',
    date: '2026-05-12',
    place: 'Community hall',
    reached: '60',
    answered: '25',
  });
  for (const [said, topicKey] of meetingComments) await customers.typeCard(said, topicKey);
  await expect(page.getByText('Card 5 saved.')).toBeVisible();
  await expect(customers.savedCards()).toHaveCount(5);
  await wizard.screenshot('step-4-outreach');

  // The complaint log, whose columns need mapping by hand.
  await customers.openTab('Complaint log');
  await customers.chooseComplaintFile(complaintLog);
  await expect(page.getByText('Choose the columns first')).toBeVisible();
  await customers.mapColumn('Date received', 'Called in');
  await customers.mapColumn('Date responded', 'Crew out');
  await customers.mapColumn('Date resolved', 'Closed');
  await customers.mapColumn('Description', 'Problem');
  await expect(
    page.getByText('40 rows in the file: 40 new rows, 0 already imported'),
  ).toBeVisible();
  await wizard.screenshot('step-4-complaint-mapping');
  await page.getByRole('button', { name: 'Import 40 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '40 new complaints',
  );
  await wizard.screenshot('step-4-complaint-log');

  // The charts, with their figures in words, and the pressure comments linked to the goal.
  await customers.openTab('What we heard');
  await expect(page.getByText('Pressure: 2 comments.')).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await page
    .getByRole('button', { name: 'Use comments on Pressure as evidence (2 comments)' })
    .click();
  const linking = page.getByRole('dialog', { name: 'Use as evidence for an external goal' });
  await linking.getByRole('radio', { name: new RegExp(pressureGoal) }).check();
  await linking.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(linking).toBeHidden();
  await expect(page.getByText(/^2 comments on Pressure/).first()).toBeVisible();
  await wizard.screenshot('step-4-what-we-heard');

  await page.reload();
  await wizard.expectStep('Customers');
  await expect(customers.savedCards()).toHaveCount(5);
  await customers.openTab('Plan');
  await expect(page.getByRole('checkbox', { name: 'Use Annual meeting' })).toBeChecked();
  await expect(
    page.getByRole('textbox', { name: 'Planned date for Call and complaint log' }),
  ).toHaveValue('2026-06-01');
  await customers.openTab('Complaint log');
  await expect(
    page
      .getByRole('table', { name: 'Files imported' })
      .getByRole('row', { name: /complaint-log-e2e/ }),
  ).toContainText('40');
  await customers.openTab('What we heard');
  await expect(page.getByText(/^2 comments on Pressure/).first()).toBeVisible();

  // Step 5 shows the evidence, and the review no longer flags the goal.
  await wizard.next();
  await wizard.expectStep('External goals');
  const card = new GoalsStep(page).card(pressureGoal);
  await expect(card).toContainText('2 comments on Pressure');
  await expect(card.getByRole('list', { name: 'Review flags' })).toHaveCount(0);
  await wizard.screenshot('step-5-evidence');
});

test('the survey card and the tally sheet print in English and Spanish', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  const customers = new CustomersStep(page);
  await customers.openTab('Survey forms');
  const expected = {
    'Survey card, English': ['Overall, how satisfied are you with our service?', 'kept private'],
    'Survey card, Spanish': ['En general, ¿qué tan satisfecho está con nuestro servicio?'],
    'Tally sheet, English': ['Overall, how satisfied are you with our service'],
    'Tally sheet, Spanish': ['En general, ¿qué tan satisfecho está con nuestro servicio'],
  };
  mkdirSync('test-results/screenshots', { recursive: true });
  for (const [button, phrases] of Object.entries(expected)) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    if (button.endsWith('Spanish')) await printMarkingEnglish(page);
    const download = await downloading;
    const pdfPath = testInfo.outputPath(`${button}.pdf`);
    await download.saveAs(pdfPath);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Cedar Flats Mutual Domestic Water Consumers Association');
    for (const phrase of phrases) expect(text).toContain(phrase);
    // Pages as pictures, for people to look at with the other screenshots.
    const stem = button.toLowerCase().replace(/[^a-z]+/g, '-');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `test-results/screenshots/${stem}`]);
  }
});
