import type { Page } from '@playwright/test';
import { printMarkingEnglish } from './english-passages';
import { expect, openApp, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';
import { hearCustomers } from './sewer-district-customers';
import {
  fillScope,
  fillUtility,
  writeExternalGoals,
  writeInternalGoals,
} from './sewer-district-steps';
import { board, dischargePermit, utilityName, yesterday } from './sewer-district-story';
import { downloadPaper, expectNoWaterWordsOnScreen } from './sewer-district-words';

// Issue 12, end to end: the new president of a sewer-only sanitation district, from an empty
// data folder, through all eight steps at 1280×800 to the approved agreement and the customer
// summaries, and not one word of drinking water on any screen or paper on the way.

test('a sewer district is taken from step 1 to its approved papers, and nothing speaks of drinking water', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(300_000);
  await openApp(page, app);
  const wizard = new WizardPage(page);

  await fillUtility(page);
  await wizard.next();
  await fillScope(page);
  await wizard.next();
  await wizard.expectStep('Internal goals');
  await writeInternalGoals(page);
  await wizard.next();
  await wizard.expectStep('Customers');
  await hearCustomers(page, testInfo);
  await wizard.next();
  await wizard.expectStep('External goals');
  await writeExternalGoals(page);

  await wizard.next();
  await wizard.expectStep('Review');
  await expect(page.getByRole('region', { name: 'Must fix before approval' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Worth a look' })).toHaveCount(0);
  // The board's legal minimums are the sewer's: the overflow report and the permit.
  await expect(
    page.getByRole('textbox', { name: 'Reporting a sewer overflow to the state (hours)' }),
  ).toHaveValue('24');
  await expect(page.getByText(`Discharge permit: ${dischargePermit}.`)).toBeVisible();
  for (const waterFloor of [/Minimum water pressure/, /boil-water/])
    await expect(page.getByRole('textbox', { name: waterFloor })).toHaveCount(0);
  await expectNoWaterWordsOnScreen(page, 'step 6');
  await wizard.screenshot('sewer-district-step-6');

  await wizard.next();
  await wizard.expectStep('Board approval');
  await recordTheVoteAndApprove(page);
  await expectNoWaterWordsOnScreen(page, 'step 7');

  await wizard.goTo('Signed-off agreement');
  await expectNoWaterWordsOnScreen(page, 'step 8');
  await wizard.screenshot('sewer-district-step-8');
  const agreement = await downloadPaper(page, testInfo, {
    name: 'sewer-district-agreement',
    click: () => page.getByRole('button', { name: 'Save the agreement PDF' }).click(),
    mustSay: [
      utilityName,
      'Wastewater system',
      'CONNECTIONS 1,240',
      'The system has about 18 miles of sewer main.',
      'Sewage flows through gravity mains and is pumped through force mains.',
      'The system has 3 lift stations; 2 have backup power, so a power failure can stop 1 of them.',
      'Sewage is treated in a lagoon.',
      'Rain and groundwater get into the sewers and can overload them in wet weather.',
      `The system discharges under permit ${dischargePermit}.`,
      'When a sewer backs up, a crew arrives fast and clears it.',
      'level of service, sewer system, board approval',
      `Meeting date ${yesterday.printed}`,
    ],
  });
  for (const member of board) expect(agreement).toContain(member.name);
  // The district holds no annual meeting (step 4): the agreement promises none.
  expect(agreement).not.toMatch(/annual meeting/i);
  expect(agreement).not.toContain('DRAFT');

  const languages = page.getByRole('radiogroup', { name: 'Language of the customer summary' });
  for (const [language, mustSay] of [
    ['English', ['goals for the sewer service you receive']],
    ['Spanish (Español)', ['metas para el servicio de drenaje que usted recibe']],
  ] as const) {
    await languages.getByRole('radio', { name: language, exact: true }).check();
    const summary = await downloadPaper(page, testInfo, {
      name: `sewer-district-summary-${language.slice(0, 2).toLowerCase()}`,
      click: async () => {
        await page.getByRole('button', { name: 'Save the customer summary' }).click();
        if (language !== 'English') await printMarkingEnglish(page);
      },
      mustSay: [utilityName, ...mustSay],
    });
    expect(summary).not.toMatch(/annual meeting|reunión anual/i);
  }
});

/** Step 7: yesterday's meeting, a 5–0 vote, and approval. */
async function recordTheVoteAndApprove(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  await page.getByRole('textbox', { name: 'Meeting date' }).fill(yesterday.typed);
  await page.getByRole('textbox', { name: 'Place', exact: true }).fill('District office');
  await page
    .getByRole('textbox', { name: 'How the meeting was noticed' })
    .fill('Posted at the district office and the post office a week ahead, with the agenda.');
  for (const member of board) {
    await page
      .getByRole('radiogroup', { name: `Vote of ${member.name}` })
      .getByRole('radio', { name: 'Aye' })
      .check();
  }
  await page
    .getByRole('combobox', { name: 'Moved by' })
    .selectOption({ label: 'Rita Archuleta (Secretary)' });
  await page
    .getByRole('combobox', { name: 'Seconded by' })
    .selectOption({ label: 'Leo García (Treasurer)' });
  await page.getByRole('textbox', { name: 'Resolution number' }).fill('2026-3');
  await wizard.expectSaved();
  await expect(page.getByText('Carried 5–0.').first()).toBeVisible();
  await wizard.screenshot('sewer-district-step-7');

  await page.getByRole('button', { name: 'Approve and freeze revision 1' }).click();
  await page
    .getByRole('dialog', { name: 'Approve and freeze revision 1?' })
    .getByRole('button', { name: 'Approve and freeze' })
    .click();
  await expect(page.getByRole('region', { name: 'Revision 1 approved' })).toContainText(
    `Approved at the board meeting of ${yesterday.printed}.`,
  );
  await wizard.screenshot('sewer-district-step-7-approved');
}
