import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';
import { CustomersStep } from './pages/customers-step';
import { WizardPage } from './pages/wizard-page';
import { surveyCards, utilityName } from './sewer-district-story';
import { downloadPaper, expectNoWaterWordsOnScreen } from './sewer-district-words';

// Step 4 of sewer-district.spec.ts: how the sewer district hears its customers.

/**
 * Step 4: no annual meeting; a survey mailed with the bill, its cards typed with the topic the
 * form suggests, and the survey card and tally sheet printed in both languages.
 */
export async function hearCustomers(page: Page, testInfo: TestInfo): Promise<void> {
  const wizard = new WizardPage(page);
  const customers = new CustomersStep(page);
  for (const [question, answer] of [
    ['Does the utility hold an annual meeting?', 'No'],
    ['Does the utility keep a call or complaint log?', 'No'],
  ])
    await page
      .getByRole('radiogroup', { name: question })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  await customers.planMethod('Survey with the bill or by mail', '3/2/2026');
  await wizard.expectSaved();
  await expectNoWaterWordsOnScreen(page, 'step 4, the plan');
  await wizard.screenshot('sewer-district-step-4-plan');

  await customers.openTab('Outreach and feedback');
  await customers.addOutreach({
    method: 'Survey with the bill or by mail',
    date: '3/2/2026',
    place: 'Mailed with the March bill',
    reached: '1,240',
    answered: '3',
  });
  // The card asks the sewer's questions, not a water system's, numbered as the printed card.
  const cleanup = /^4\. After a sewage backup at your home, a crew should be there within:$/;
  const overflow = /^5\. If sewage overflows near your home, we should tell you within:$/;
  for (const sewerQuestion of [cleanup, overflow])
    await expect(page.getByRole('radiogroup', { name: sewerQuestion })).toBeVisible();
  for (const waterQuestion of [/planned shutoff/, /notice do you need/])
    await expect(page.getByRole('radiogroup', { name: waterQuestion })).toHaveCount(0);
  for (const [index, card] of surveyCards.entries()) {
    await page.getByLabel('What was said').fill(card.said);
    // The topic follows what was said: the lagoon's smell is sewer odor, in either language.
    await expect(
      page.getByRole('radiogroup', { name: 'Topic' }).getByRole('radio', { name: card.topic }),
    ).toBeChecked();
    for (const [question, answer] of [
      [cleanup, card.cleanup],
      [overflow, card.overflowNotice],
    ] as const)
      await page
        .getByRole('radiogroup', { name: question })
        .getByRole('radio', { name: answer, exact: true })
        .check();
    await page.getByLabel('What was said').press('Enter');
    await expect(page.getByText(`Card ${index + 1} saved.`)).toBeVisible();
  }
  await expect(customers.savedCards()).toHaveCount(surveyCards.length);
  for (const card of surveyCards) {
    const saved = customers.savedCards().filter({ hasText: card.said });
    await expect(saved).toContainText(card.topic);
    await expect(saved).toContainText(card.answersSaidBack);
  }
  await expectNoWaterWordsOnScreen(page, 'step 4, outreach and feedback');
  await wizard.screenshot('sewer-district-step-4-outreach');

  await customers.openTab('Survey forms');
  await expectNoWaterWordsOnScreen(page, 'step 4, survey forms');
  for (const [form, language, mustSay] of [
    ['Survey card', 'English', ['Sewer odor', 'Sewage backup at home']],
    [
      'Survey card',
      'Spanish',
      ['Control de los malos olores del drenaje', 'Se regresó el drenaje en casa'],
    ],
    [
      'Tally sheet',
      'English',
      ['After a sewage backup at your home, how soon should a crew be there'],
    ],
    [
      'Tally sheet',
      'Spanish',
      ['Si el drenaje se regresa dentro de su casa, ¿en cuánto tiempo debe llegar una cuadrilla'],
    ],
  ] as const) {
    await downloadPaper(page, testInfo, {
      name: `sewer-district-${form}-${language}`.toLowerCase().replaceAll(' ', '-'),
      // No external goal is written yet, so the card prints no goal and nothing is in English.
      click: () => page.getByRole('button', { name: `${form}, ${language}` }).click(),
      mustSay: [utilityName, ...mustSay],
    });
  }
  await customers.openTab('What we heard');
  await expectNoWaterWordsOnScreen(page, 'step 4, what we heard');
  await wizard.screenshot('sewer-district-step-4-what-we-heard');
}
