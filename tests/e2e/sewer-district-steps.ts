import type { Page } from '@playwright/test';
import { occurrences, waterWords } from '../fixtures/system-type-phrases';
import { expect } from './fixtures';
import { CustomersStep } from './pages/customers-step';
import { GoalsStep } from './pages/goals-step';
import { ScopeStep } from './pages/scope-step';
import { UtilityStep } from './pages/utility-step';
import { WizardPage } from './pages/wizard-page';
import {
  board,
  dischargePermit,
  externalGoals,
  handWrittenWaterGoal,
  internalGoals,
  liftStationsSaidBack,
  mission,
  operator,
  pressureTemplate,
  utilityName,
} from './sewer-district-story';
import { expectNoWaterWordsOnScreen } from './sewer-district-words';

// Steps 1, 2, 3 and 5 of sewer-district.spec.ts, as the new president of a sewer-only district
// fills them in (step 4 is in sewer-district-customers.ts).

/** Step 1: a sewer district of 1,240 connections, a board of five and its operator. */
export async function fillUtility(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const utility = new UtilityStep(page);
  await wizard.expectStep('Utility and team');
  await utility.name.fill(utilityName);
  await utility.chooseSystemType('Wastewater (sewer)');
  await utility.chooseState('New Mexico');
  await utility.connections.fill('1,240');
  // Miles of sewer main are asked on step 2; a sewer district has no water main to count.
  await expect(utility.milesOfMain).toHaveCount(0);
  for (const [index, member] of board.entries()) await utility.addBoardMember(index + 1, member);
  await utility.boardMember(1).getByRole('checkbox', { name: 'Helps set goals' }).check();
  await utility.addOperator(1, operator.name, operator.certification);
  await wizard.expectSaved();
  await expect(page.getByRole('region', { name: 'To finish this step' })).toContainText(
    'Everything this step needs is filled in.',
  );
  await expectNoWaterWordsOnScreen(page, 'step 1', [
    {
      // The question every utility answers: its choices name each service it might run.
      part: page.getByRole('radiogroup', { name: 'What does the utility run?' }),
      why: 'the choice between the services',
    },
  ]);
  await wizard.screenshot('sewer-district-step-1');
}

/** Step 2: three areas, a mission, and the sewer system as the operator describes it. */
export async function fillScope(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const scope = new ScopeStep(page);
  await wizard.expectStep('Goal areas, mission and boundaries');
  for (const area of ['Environmental', 'Customer Service', 'Regulatory Requirements'])
    await scope.area(area).click();
  await scope.mission.fill(mission);
  // Only the sewer's questions: no hydrants, backup water source or storage tank to answer.
  for (const question of ['fire hydrants', 'backup water source', 'storage tank'] as const)
    await expect(scope.assetQuestion(question)).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Miles of sewer main' }).fill('18');
  await page
    .getByRole('radiogroup', { name: 'How does sewage move through the mains?' })
    .getByRole('radio', { name: 'Both: gravity mains and force mains' })
    .check();
  await page.getByRole('textbox', { name: 'Lift stations', exact: true }).fill('3');
  await page.getByRole('textbox', { name: 'Lift stations with backup power' }).fill('2');
  await expect(page.getByText(liftStationsSaidBack)).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Where is the sewage treated?' })
    .getByRole('radio', { name: 'In a lagoon' })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Do rain and groundwater get into the sewers?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await page.getByRole('textbox', { name: 'Discharge permit number' }).fill(dischargePermit);
  // The limits in the board's voice, from the answers just given.
  await page.getByRole('button', { name: 'Add sentences from my answers' }).click();
  await expect(scope.assetLimits).toHaveValue(
    /1 of our 3 lift stations has no backup power, so a long power cut can stop it/,
  );
  await wizard.expectSaved();
  await expect(page.getByRole('region', { name: 'To finish this step' })).toContainText(
    'Everything this step needs is filled in.',
  );
  await expectNoWaterWordsOnScreen(page, 'step 2');
  await wizard.screenshot('sewer-district-step-2');
}

/**
 * Step 3: the library offers the sewer goals and keeps the drinking-water ones out of reach; a
 * drinking-water goal typed by hand is flagged on its card at once, and deleted.
 */
export async function writeInternalGoals(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  await page.getByRole('button', { name: 'Add from the library' }).click();
  await goals.library.getByRole('radio', { name: 'Internal and external' }).check();
  await expect(
    goals.library.getByRole('article', { name: internalGoals.overflowReport }),
  ).toBeVisible();
  // Every goal that can be added is one a sewer district can keep.
  const addable = goals.library
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Add this goal', disabled: false }) });
  const offered = await addable.getByRole('heading').allInnerTexts();
  expect(offered).toContain(internalGoals.overflowReport);
  expect(offered).toContain(externalGoals.backups);
  expect(occurrences(offered.join('\n'), waterWords), 'drinking-water goals offered').toEqual([]);
  const pressure = goals.library.getByRole('article', { name: pressureTemplate });
  await expect(pressure.getByRole('button', { name: 'Add this goal' })).toBeDisabled();
  await expect(pressure).toContainText('For drinking-water systems');
  await expect(pressure).toContainText('sewer service only');
  await goals.library.getByRole('button', { name: 'Close the library' }).click();
  await expect(goals.library).toBeHidden();

  const { overflowReport, cleaning, liftChecks } = internalGoals;
  await goals.addFromLibrary(overflowReport, cleaning, liftChecks);
  await goals.doneWith(liftChecks);

  // A blank goal's editor and its review messages, before any words of the board's own.
  await goals.addBlank();
  await expect(
    goals.card('(No wording yet)').getByRole('list', { name: 'Review flags' }),
  ).toContainText('Not measurable yet');
  await expectNoWaterWordsOnScreen(page, 'step 3, a blank goal open');
  await goals.field('Goal').fill(handWrittenWaterGoal);
  const water = goals.card(handWrittenWaterGoal);
  await expect(water.getByRole('list', { name: 'Review flags' })).toContainText(
    'Not a service this utility runs (see step 1)',
  );
  await wizard.screenshot('sewer-district-step-3-water-goal-flagged');
  await water.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(water).toHaveCount(0);
  // Its Undo notice is closed, as a user would once sure, so it covers no button later on.
  const deleted = page.getByRole('alert').filter({ hasText: 'Goal deleted' });
  await deleted.getByRole('button').filter({ hasNotText: 'Undo' }).click();
  await expect(deleted).toBeHidden();

  for (const [statement, value] of [
    [overflowReport, '12'],
    [cleaning, '20'],
    [liftChecks, '100'],
  ] as const) {
    await goals.edit(statement);
    await setBaseline(goals, statement, value);
    await goals.doneWith(statement);
  }
  await wizard.expectSaved();
  await expect(goals.cards()).toHaveCount(3);
  await expectNoWaterWordsOnScreen(page, 'step 3');
  await wizard.screenshot('sewer-district-step-3');
}

/** Today's level of a goal, from the operator's records of last year. */
async function setBaseline(goals: GoalsStep, statement: string, value: string): Promise<void> {
  const card = goals.card(statement);
  const field = (label: string) => card.getByRole('textbox', { name: label, exact: true });
  await field("Today's level").fill(value);
  await field('As of').fill('12/31/2025');
  await field('Where the figure comes from').fill('The 2025 operator report');
}

/** Step 5: the backup and odor goals from the library, each resting on what customers said. */
export async function writeExternalGoals(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  const customers = new CustomersStep(page);
  const { backups, odor } = externalGoals;
  await goals.addFromLibrary(backups, odor);
  await goals.doneWith(odor);
  const backupsNumber = await goals.number(backups);
  const odorNumber = await goals.number(odor);

  await page.getByRole('button', { name: 'Link evidence on the Customers step' }).click();
  await wizard.expectStep('Customers');
  await page
    .getByRole('button', { name: 'Use comments on Sewer odor as evidence (2 comments)' })
    .click();
  await customers.linkAsEvidence(`Goal ${odorNumber}: ${odor}`);
  await page
    .getByRole('button', { name: 'Use comments on Sewer backups as evidence (1 comment)' })
    .click();
  await customers.linkAsEvidence(`Goal ${backupsNumber}: ${backups}`);
  await wizard.expectSaved();
  await expectNoWaterWordsOnScreen(page, 'step 4, evidence linked');

  await wizard.next();
  await wizard.expectStep('External goals');
  await expect(goals.card(odor)).toContainText('2 comments on Sewer odor');
  await expect(goals.card(backups)).toContainText('1 comment on Sewer backups');
  for (const [statement, value] of [
    [backups, '2'],
    [odor, '1'],
  ] as const) {
    await goals.edit(statement);
    await setBaseline(goals, statement, value);
    await goals.doneWith(statement);
  }
  await wizard.expectSaved();
  for (const statement of [backups, odor])
    await expect(goals.card(statement).getByRole('list', { name: 'Review flags' })).toHaveCount(0);
  await expectNoWaterWordsOnScreen(page, 'step 5');
  await wizard.screenshot('sewer-district-step-5');
}
