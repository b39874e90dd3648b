import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import {
  board,
  complaintTableRows,
  externalGoals,
  internalGoals,
  utilityName,
  wholeLogLine,
  yesterday,
} from './new-user-story';
import { GoalsStep } from './pages/goals-step';
import { UtilityStep } from './pages/utility-step';
import { WizardPage } from './pages/wizard-page';
import {
  fillScope,
  fillUtility,
  hearCustomers,
  writeExternalGoals,
  writeInternalGoals,
} from './new-user-steps';
import { openSecondTab } from './second-tab';

// A new board president, from an empty data folder, through all eight steps at 1280×800: every
// date typed as people write them, a complaint log with its times in columns of their own, the
// app open in two tabs, the vote, and the signed agreement read back from the PDF.

test('a new board president finishes the agreement, and the PDF says exactly what was entered', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(240_000);
  await openApp(page, app);
  const wizard = new WizardPage(page);
  const goals = new GoalsStep(page);

  await fillUtility(page);
  await wizard.next();
  await fillScope(page);
  await wizard.next();
  await wizard.expectStep('Internal goals');
  await writeInternalGoals(page);

  await wizard.next();
  await wizard.expectStep('Customers');
  await hearCustomers(page);
  await wizard.next();
  await wizard.expectStep('External goals');
  await writeExternalGoals(page);

  await wizard.next();
  await wizard.expectStep('Review');
  await expect(page.getByRole('region', { name: 'Must fix before approval' })).toHaveCount(0);
  await page
    .getByRole('textbox', { name: 'Why there is no Regulatory Requirements goal' })
    .fill('The broad statement on step 2 covers every rule; a measured goal comes next year.');
  await wizard.expectSaved();
  await expect(page.getByRole('region', { name: 'Worth a look' })).toHaveCount(0);
  await wizard.screenshot('new-user-step-6');

  // Two tabs on step 1: what tab B types arrives in tab A's field, not only as a notice.
  const { tab: tabB, errors: tabBErrors } = await openSecondTab(page, app);
  await wizard.goTo('Utility and team');
  await new WizardPage(tabB).goTo('Utility and team');
  const utilityA = new UtilityStep(page);
  const utilityB = new UtilityStep(tabB);
  await expect(utilityB.name).toHaveValue(utilityName);
  await utilityB.population.fill('3,100');
  await new WizardPage(tabB).expectSaved();
  await expect(utilityA.population).toHaveValue('3,100');
  await wizard.expectSaved();

  await wizard.goTo('Board approval');
  const fingerprint = await recordTheVote(page);

  // Tab B, left on step 1, learns of the approval and stops taking typing.
  const frozenInB = tabB.getByRole('region', { name: 'Revision 1 is approved and frozen' });
  await expect(frozenInB).toContainText('recorded in another window');
  await expect(frozenInB.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(utilityB.name).toBeDisabled();
  // The notice sits at the top of the page; the header, always in view, says it too.
  await expect(tabB.getByRole('banner')).toContainText('Revision 1 · approved');
  await tabB.screenshot({ path: 'test-results/screenshots/new-user-tab-b-frozen.png' });
  expect(tabBErrors, 'tab B logged errors').toEqual([]);
  await tabB.close();

  // Each goal's number as its card shows it on the approved revision, to find in the PDF.
  const numbers = new Map<string, number>();
  for (const [step, statements] of [
    ['Internal goals', internalGoals],
    ['External goals', externalGoals],
  ] as const) {
    await wizard.goTo(step);
    for (const statement of Object.values(statements))
      numbers.set(statement, await goals.number(statement));
  }

  await wizard.goTo('Signed-off agreement');
  await wizard.screenshot('new-user-step-8');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the agreement PDF' }).click();
  const pdfPath = testInfo.outputPath('agreement.pdf');
  await (await downloading).saveAs(pdfPath);
  // Pages as pictures, for people to look at with the screenshots.
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, 'test-results/screenshots/new-user-pdf']);
  checkAgreementText(execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }), {
    fingerprint,
    numbers,
  });
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', pdfPath], { encoding: 'utf8' });
  // The document's own title and author, as a PDF reader or a file list shows them.
  expect(/^Title:\s+(.*)$/m.exec(info)?.[1]).toContain(utilityName);
  expect(/^Author:\s+(.*)$/m.exec(info)?.[1]).toContain(utilityName);
});

/** Step 7: yesterday's meeting, typed month first, a 4–1 vote, and approval. */
async function recordTheVote(page: Page): Promise<string> {
  const wizard = new WizardPage(page);
  await page.getByRole('textbox', { name: 'Meeting date' }).fill(yesterday.typed);
  await expect(page.getByRole('region', { name: 'The meeting', exact: true })).toContainText(
    yesterday.inWords,
  );
  await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Fire station meeting room');
  await page
    .getByRole('textbox', { name: 'How the meeting was noticed' })
    .fill('Posted at the post office and the well house a week ahead, with the agenda.');
  for (const member of board) {
    await page
      .getByRole('radiogroup', { name: `Vote of ${member.name}` })
      .getByRole('radio', { name: member.name === 'Tom Nakai' ? 'Nay' : 'Aye' })
      .check();
  }
  await page
    .getByRole('combobox', { name: 'Moved by' })
    .selectOption({ label: "Siobhán O'Neil (Secretary)" });
  await page
    .getByRole('combobox', { name: 'Seconded by' })
    .selectOption({ label: 'José Ángel Peña (Vice-President)' });
  await page.getByRole('textbox', { name: 'Resolution number' }).fill('2026-7');
  await page.getByRole('button', { name: 'Copy suggested wording' }).click();
  await expect(page.getByRole('textbox', { name: 'Minutes excerpt' })).toHaveValue(
    new RegExp(`^The board of ${escapeRegExp(utilityName)} met on ${yesterday.printed}`),
  );
  await expect(page.getByText('Carried 4–1.').first()).toBeVisible();
  // A meeting that has taken place needs no "after today" confirmation.
  await expect(page.getByText('is after today')).toHaveCount(0);
  await wizard.expectSaved();
  await wizard.screenshot('new-user-step-7');

  await page.getByRole('button', { name: 'Approve and freeze revision 1' }).click();
  await page
    .getByRole('dialog', { name: 'Approve and freeze revision 1?' })
    .getByRole('button', { name: 'Approve and freeze' })
    .click();
  const approved = page.getByRole('region', { name: 'Revision 1 approved' });
  await expect(approved).toContainText(`Approved at the board meeting of ${yesterday.printed}.`);
  await expect(approved).toContainText(/Fingerprint: [0-9A-F]{4}(-[0-9A-F]{4}){3}/);
  await wizard.screenshot('new-user-step-7-approved');
  const fingerprint = /[0-9A-F]{4}(-[0-9A-F]{4}){3}/.exec(await approved.innerText())?.[0];
  if (!fingerprint) throw new Error('The approved panel shows no fingerprint.');
  return fingerprint;
}

/** The signed agreement as `pdftotext -raw` reads it, against what was typed and shown. */
function checkAgreementText(
  raw: string,
  shown: { fingerprint: string; numbers: Map<string, number> },
): void {
  // Table cells and long lines wrap; words are compared with the line breaks as spaces.
  const text = raw.replace(/\s+/g, ' ');
  // Whole, never cut off, in the running footer of every page.
  const pages = Number(/Page 1 of (\d+)/.exec(raw)?.[1]);
  expect(pages).toBeGreaterThan(1);
  const withName = raw.split('\n').filter((line) => line.includes(utilityName));
  expect(withName.length).toBeGreaterThanOrEqual(pages);
  for (const member of board) expect(text).toContain(member.name);
  expect(text).toContain('CONNECTIONS 1,240');
  expect(text).toContain('POPULATION SERVED 3,100');
  expect(text).toContain(`Meeting date ${yesterday.printed}`);
  expect(text).toContain('Annual meeting May 12, 2026 Fire station meeting room 23 attended 3');
  for (const row of complaintTableRows) expect(text).toContain(row);
  expect(text).not.toMatch(/\b0 min\b/);
  for (const [statement, number] of shown.numbers) expect(text).toContain(`${number} ${statement}`);
  const complaintNumber = shown.numbers.get(externalGoals.complaints);
  expect(text).toContain(`${complaintNumber} Evidence: ${wholeLogLine}`);
  expect(text).toContain(`Short form, printed at the foot of every page: ${shown.fingerprint}`);
  expect(text).not.toContain('DRAFT');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
