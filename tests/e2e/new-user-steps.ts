import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  board,
  complaintTableRows,
  externalGoals,
  hydrantGoal,
  internalGoals,
  meetingComments,
  utilityName,
  wholeLogLine,
} from './new-user-story';
import { CustomersStep } from './pages/customers-step';
import { GoalsStep } from './pages/goals-step';
import { ScopeStep } from './pages/scope-step';
import { UtilityStep } from './pages/utility-step';
import { WizardPage } from './pages/wizard-page';

// Steps 1 to 5 of new-user.spec.ts, as a new board president fills them in.

const complaintLog = join(import.meta.dirname, 'data', 'complaint-log-separate-times.csv');

/** Step 1, with a name full of characters to escape and every term end typed differently. */
export async function fillUtility(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const utility = new UtilityStep(page);
  await wizard.expectStep('Utility and team');
  await utility.name.fill(utilityName);
  await utility.chooseSystemType('Drinking water');
  await utility.chooseState('New Mexico');
  await utility.connections.fill('1,240');
  for (const [index, member] of board.entries()) {
    await utility.addBoardMember(index + 1, member);
    const row = utility.boardMember(index + 1);
    // The day the field understood, in words beside it.
    await expect(row.getByText(member.inWords)).toBeVisible();
    if (index < 2) await row.getByRole('checkbox', { name: 'Helps set goals' }).check();
  }
  await utility.addOperator(1, 'Sam Chávez', 'Water Treatment Grade 2');
  await wizard.expectSaved();
  // "1,240" is one thousand two hundred forty: the step asks for nothing more.
  await expect(page.getByRole('region', { name: 'To finish this step' })).toContainText(
    'Everything this step needs is filled in.',
  );
  await expect(page.getByRole('banner')).toContainText(utilityName);
  await page.reload();
  await expect(utility.name).toHaveValue(utilityName);
  await expect(utility.connections).toHaveValue('1,240');
  for (const [index, member] of board.entries())
    await expect(utility.boardMember(index + 1).getByText(member.inWords)).toBeVisible();
  await wizard.screenshot('new-user-step-1');
}

/** Step 2: three areas, a mission, and no fire hydrants. */
export async function fillScope(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const scope = new ScopeStep(page);
  await wizard.expectStep('Goal areas, mission and boundaries');
  for (const area of [
    'Customer Service',
    'Regulatory Requirements',
    'Water Efficiency / Conservation',
  ])
    await scope.area(area).click();
  await scope.mission.fill(
    `${utilityName} gives its members safe, reliable water at a fair price.`,
  );
  await scope.answer('fire hydrants', 'No');
  await scope.answer('backup water source', 'No');
  await scope.answer('storage tank', 'Yes');
  await scope.answer('backup power', 'Yes');
  await scope.assetLimits.fill('We have no fire hydrants and cannot provide fire protection.');
  await wizard.expectSaved();
  await wizard.screenshot('new-user-step-2');
}

/** Step 3: two goals from the library in one visit, and one written from a blank goal. */
export async function writeInternalGoals(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  // Equipment the utility said it lacks: the hydrant goal is shown, disabled, with the reason.
  await page.getByRole('button', { name: 'Add from the library' }).click();
  const hydrants = goals.library.getByRole('article', { name: hydrantGoal });
  await expect(hydrants.getByRole('button', { name: 'Add this goal' })).toBeDisabled();
  await expect(hydrants).toContainText('Needs fire hydrants');
  await expect(hydrants).toContainText('says the system has none');
  await goals.library.getByRole('button', { name: 'Close the library' }).click();
  await expect(goals.library).toBeHidden();

  await goals.addFromLibrary(internalGoals.mains, internalGoals.waterLoss);
  await goals.doneWith(internalGoals.waterLoss);

  // A blank goal starts with no area and no direction, and is unfinished until both are chosen.
  await goals.addBlank();
  const blank = goals.card('(No wording yet)');
  await expect(blank.getByRole('list', { name: 'Review flags' })).toContainText(
    'Unfinished: choose its area',
  );
  await expect(blank.getByRole('list', { name: 'Review flags' })).toContainText(
    'Unfinished: choose how the target works',
  );
  await expect(blank.getByRole('combobox', { name: 'Goal area' })).toHaveValue('');
  for (const direction of ['At most', 'At least', 'Yes or no', 'Within a range'])
    await expect(blank.getByRole('radio', { name: direction })).not.toBeChecked();
  await goals.field('Goal').fill(internalGoals.pumps);
  const pumps = goals.card(internalGoals.pumps);
  await pumps
    .getByRole('combobox', { name: 'Goal area' })
    .selectOption({ label: 'Customer Service' });
  await pumps.getByRole('radio', { name: 'At least' }).check();
  await goals.field('What is measured').fill('Pump-station checks done each week');
  await goals.field('Unit').fill('checks per week');
  await goals.field('Target').fill('1');
  await setBaseline(goals, internalGoals.pumps, '1', '12/31/25', 'Wednesday, December 31, 2025');
  await wizard.expectSaved();
  await expect(pumps).not.toContainText('Unfinished');
  await expect(pumps).toContainText('Customer Service · Internal');
  await goals.doneWith(internalGoals.pumps);

  // The library goals get today's level too, one date with the month in words.
  await goals.edit(internalGoals.mains);
  await setBaseline(goals, internalGoals.mains, '12', 'Jan 5 2026', 'Monday, January 5, 2026');
  await goals.doneWith(internalGoals.mains);
  await goals.edit(internalGoals.waterLoss);
  await setBaseline(
    goals,
    internalGoals.waterLoss,
    '18',
    'Nov 30, 2025',
    'Sunday, November 30, 2025',
  );
  await goals.doneWith(internalGoals.waterLoss);
  await wizard.expectSaved();
  await wizard.screenshot('new-user-step-3');
}

/** Types today's level and its date into a goal's open editor and checks the date in words. */
async function setBaseline(
  goals: GoalsStep,
  statement: string,
  value: string,
  asOf: string,
  inWords: string,
): Promise<void> {
  const card = goals.card(statement);
  const field = (label: string) => card.getByRole('textbox', { name: label, exact: true });
  await field("Today's level").fill(value);
  await field('As of').fill(asOf);
  await expect(card.getByText(inWords)).toBeVisible();
  await field('Where the figure comes from').fill('The 2025 operator report');
}

/** Step 4: a plan, the annual meeting and its cards, and the complaint log. */
export async function hearCustomers(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const customers = new CustomersStep(page);
  for (const question of [
    'Does the utility hold an annual meeting?',
    'Does the utility keep a call or complaint log?',
  ])
    await page
      .getByRole('radiogroup', { name: question })
      .getByRole('radio', { name: 'Yes' })
      .check();
  // Step 1's "1,240", read as the number it is.
  await expect(page.getByText('Suggested for a utility of 1,240 connections.')).toBeVisible();
  // Typed day first, as much of the world writes it: refused on leaving the field, naming the
  // field once (it used to read "Planned date: Call and complaint log: …").
  await customers.planMethod('Survey with the bill or by mail', '14/01/2027');
  await page.keyboard.press('Tab');
  const refusal = page.getByText(/^Planned date for Survey with the bill or by mail: /);
  await expect(refusal).toBeVisible();
  expect((await refusal.innerText()).match(/Planned date/g)).toHaveLength(1);
  await customers.planMethod('Survey with the bill or by mail', '1/14/27');
  await customers.planMethod('Call and complaint log', 'January 14, 2027');
  await expect(page.getByText('Thursday, January 14, 2027')).toHaveCount(2);
  await wizard.expectSaved();
  await wizard.screenshot('new-user-step-4-plan');

  await customers.openTab('Outreach and feedback');
  // An annual meeting counts who attended; nobody "answered" it.
  await customers.addOutreach({
    method: 'Annual meeting',
    date: 'May 12, 2026',
    place: 'Fire station meeting room',
    reached: '23',
    answered: '',
  });
  const meeting = page.getByRole('row', { name: /^Annual meeting/ });
  await expect(meeting).toContainText('23 attended');
  // The day read from "May 12, 2026", written in words as everywhere else.
  await expect(meeting).toContainText('May 12, 2026');
  for (const [said, topicKey] of meetingComments) await customers.typeCard(said, topicKey);
  await expect(customers.savedCards()).toHaveCount(meetingComments.length);
  await wizard.screenshot('new-user-step-4-outreach');

  await customers.openTab('Complaint log');
  await customers.chooseComplaintFile(complaintLog);
  // Mapped by hand, as a president checking each column would, whatever was guessed.
  await customers.mapColumn('Date received', 'Date');
  await customers.mapColumn('Time received', 'Time');
  await customers.mapColumn('Date responded', 'Response Date');
  await customers.mapColumn('Time responded', 'Response Time');
  await customers.mapColumn('Date resolved', 'Closed');
  await customers.mapColumn('Time resolved', 'Not in this file');
  await customers.mapColumn('Category', 'Category');
  await customers.mapColumn('Description', 'Description');
  await expect(page.getByText('8 rows in the file: 8 new rows, 0 already imported')).toBeVisible();
  // The preview says which precision the file has, moment by moment.
  const precision = page.getByRole('group', { name: 'Times in the file' });
  await expect(precision).toContainText('Received: all 8 with a time of day.');
  await expect(precision).toContainText('Responded: all 8 with a time of day.');
  await expect(precision).toContainText('Resolved: all 8 with a date only.');
  // Row 5: in at 4:00 PM, answered at 8:00 AM the next morning, closed that next day (no time).
  const row5 = page.getByRole('table', { name: /rows as they will be stored/ }).getByRole('row', {
    name: /^5 /,
  });
  await expect(row5).toContainText('after 16 h');
  await expect(row5).toContainText('next day');
  await wizard.screenshot('new-user-step-4-complaint-mapping');
  await page.getByRole('button', { name: 'Import 8 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '8 new complaints',
  );
  const byTopic = page.getByRole('table', { name: 'Response times by topic' });
  for (const row of complaintTableRows)
    await expect(byTopic.getByRole('row', { name: row, exact: true })).toBeVisible();
  await wizard.screenshot('new-user-step-4-complaint-log');

  await customers.openTab('What we heard');
  // The same count of people as the outreach table, in the chart's words.
  await expect(page.getByRole('figure', { name: 'Cards by way of asking' })).toContainText(
    'Annual meeting: 1 outreach, 23 attended, 3 cards.',
  );
  await expect(page.getByRole('region', { name: 'Use as evidence' })).toContainText(wholeLogLine);
  await wizard.screenshot('new-user-step-4-what-we-heard');
}

/** Step 5: two goals from the library, with evidence linked on step 4, reached from here. */
export async function writeExternalGoals(page: Page): Promise<void> {
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);
  const customers = new CustomersStep(page);
  const { complaints, pressure } = externalGoals;
  await goals.addFromLibrary(complaints, pressure);
  await goals.doneWith(pressure);
  const complaintNumber = await goals.number(complaints);
  const pressureNumber = await goals.number(pressure);

  // "Link evidence" leads to the tab where linking happens, where the dialog names each goal
  // by the number its card shows. The whole log is linked, not one topic of it.
  await page.getByRole('button', { name: 'Link evidence on the Customers step' }).click();
  await wizard.expectStep('Customers');
  await expect(page.getByRole('tab', { name: 'What we heard' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page
    .getByRole('button', { name: 'Use the whole complaint log as evidence (8 complaints)' })
    .click();
  await customers.linkAsEvidence(`Goal ${complaintNumber}: ${complaints}`);
  await page
    .getByRole('button', { name: 'Use comments on Pressure as evidence (1 comment)' })
    .click();
  await customers.linkAsEvidence(`Goal ${pressureNumber}: ${pressure}`);
  await page
    .getByRole('button', { name: 'Use complaints about Pressure as evidence (3 complaints)' })
    .click();
  await customers.linkAsEvidence(`Goal ${pressureNumber}: ${pressure}`);
  await expect(page.getByRole('region', { name: 'Evidence for each external goal' })).toContainText(
    wholeLogLine,
  );
  await wizard.expectSaved();
  await wizard.screenshot('new-user-step-4-evidence');

  await wizard.next();
  await wizard.expectStep('External goals');
  await expect(goals.card(complaints)).toContainText(wholeLogLine);
  await expect(goals.card(complaints)).not.toContainText('No customer input yet');
  await goals.edit(complaints);
  await setBaseline(goals, complaints, '3', '12/31/2025', 'Wednesday, December 31, 2025');
  await goals.doneWith(complaints);
  await goals.edit(pressure);
  await setBaseline(goals, pressure, '28', 'Dec 1, 2025', 'Monday, December 1, 2025');
  await goals.doneWith(pressure);
  await wizard.expectSaved();
  await wizard.screenshot('new-user-step-5');
}
