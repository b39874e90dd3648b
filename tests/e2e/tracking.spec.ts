import type { Page } from '@playwright/test';
import { periodContaining, periodName } from '../../src/shared/domain/tracking/periods';
import type { Workbook } from '../../src/shared/domain/workbook';
import { expect, openApp, test } from './fixtures';
import { ApprovalStep, daysAgo } from './pages/approval-step';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval } from './seeds';
import { seriousViolations } from './serious-violations';

// The year after the vote, in the browser: an approved agreement opens on its goal results; a
// result is typed for one goal (a refused figure first), a whole month for the others at once
// from the keyboard, and a result deleted and put back with Undo.

/** The seeded agreement with a goal kept once a year and a yes-or-no goal, numbered 1 to 4. */
function measuredFourWays(): Workbook {
  const workbook = readyForApproval();
  for (const goal of workbook.goals) {
    if (goal.id === 'g-loss') goal.frequency = 'yearly';
    if (goal.id === 'g-violations') {
      Object.assign(goal, {
        statement: 'Every required sample is taken on time.',
        measure: 'All samples on time',
        unit: '',
        direction: 'yes-no',
        target: 1,
        baseline: { value: 1, asOf: '2026-01-01', source: 'Lab reports', missingReason: '' },
      });
    }
  }
  return workbook;
}

test.use({ seed: measuredFourWays() });

/** Last month on this computer's calendar, the newest one a monthly result is owed for. */
function lastMonth(): { key: string; name: string } {
  const key = periodContaining('month', daysAgo(new Date().getDate()));
  return { key, name: periodName('month', key) };
}

const goal = (page: Page, number: number) =>
  page.getByRole('article', { name: new RegExp(`^Goal ${number}:`) });

test('an approved agreement opens on its goal results, where results are recorded, deleted and put back', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const wizard = new WizardPage(page);
  await openApp(page, app);
  const approval = new ApprovalStep(page);
  // Seventy days ago: two months or more have ended since, so results are owed.
  await approval.recordCarriedVote(daysAgo(70), 'R-1');
  await approval.approve(1);
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Goal results and what is due' }),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Goal results and what is due' }),
  ).toBeVisible();
  await expect(page.getByText(/Revision 1 is in force\./)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Next/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'What is due' })).toContainText('Overdue');
  await expect(goal(page, 3)).toContainText('Result due');
  const month = lastMonth();

  // One result, typed with a comma where a point was meant: refused beside the field, kept.
  await goal(page, 3).getByRole('button', { name: 'Record a result' }).click();
  const form = page.getByRole('form', { name: 'Record a result for goal 3' });
  await expect(form.getByRole('combobox', { name: 'Period' })).toHaveValue(month.key);
  const result = form.getByRole('textbox', { name: 'Result' });
  await result.fill('27,5');
  await form.getByRole('textbox', { name: 'Where the figure comes from' }).fill('Logger');
  await form.getByRole('button', { name: 'Save this result' }).click();
  await expect(result).toHaveAccessibleDescription(/Result must be written like 1,200 or 2\.5/);
  await expect(result).toHaveValue('27,5');
  await wizard.screenshot('tracking-record-refused');
  expect(await seriousViolations(page)).toEqual([]);
  await result.fill('27.5');
  await form.getByRole('button', { name: 'Save this result' }).click();
  await expect(goal(page, 3)).toContainText(`✓ Saved: 27.5 psi for ${month.name}.`);
  await expect(goal(page, 3)).toContainText('✓ On track');

  // The whole month for the other monthly goals, by keyboard: Tab between boxes, Enter saves.
  await page.getByRole('button', { name: 'Open the table' }).click();
  const table = page.getByRole('form', { name: 'Record a whole period' });
  await expect(table.getByRole('combobox', { name: 'Which goals' })).toBeFocused();
  await expect(table.getByRole('combobox', { name: 'Period' })).toHaveValue(month.key);
  await expect(table.getByRole('textbox', { name: 'Goal 3, Result' })).toHaveValue('27.5');
  await table.getByRole('textbox', { name: 'Goal 2, Result' }).focus();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Work orders');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(table.getByRole('combobox', { name: 'Goal 4, Result' })).toBeFocused();
  await table.getByRole('combobox', { name: 'Goal 4, Result' }).selectOption({ label: 'Yes' });
  await page.keyboard.press('Enter');
  await expect(table).toContainText(`✓ 2 results saved for ${month.name}.`);
  await expect(goal(page, 2)).toContainText('✗ Not met');
  await expect(goal(page, 4)).toContainText('✓ On track');
  await wizard.screenshot('tracking-overview');
  expect(await seriousViolations(page)).toEqual([]);

  // Deleted by mistake, and put back.
  await goal(page, 2).getByRole('button', { name: 'Show the results (1)' }).click();
  await goal(page, 2)
    .getByRole('button', { name: `Delete the result for ${month.name}` })
    .click();
  await expect(goal(page, 2)).toContainText('Result due');
  const toast = page.getByRole('alert').filter({ hasText: 'Result deleted' });
  await expect(toast).toContainText(`Goal 2: 12 breaks per 100 miles for ${month.name}.`);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(goal(page, 2)).toContainText('✗ Not met');
  await expect(goal(page, 2)).toContainText('Work orders');

  // The steps are one click away, and the header leads back.
  await page.getByRole('button', { name: 'Open the agreement’s steps (1 to 8)' }).click();
  await wizard.expectStep('Board approval');
  await page
    .getByRole('banner')
    .getByRole('button', { name: 'Goal results and what is due' })
    .click();
  await expect(goal(page, 2)).toContainText('✗ Not met');
});
