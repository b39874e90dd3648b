import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { followingPeriod, periodContaining } from '../../src/shared/domain/tracking/periods';
import type { Workbook } from '../../src/shared/domain/workbook';
import { printMarkingEnglish } from './english-passages';
import { expect, openApp, test } from './fixtures';
import { ApprovalStep, daysAgo } from './pages/approval-step';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval } from './seeds';
import { seriousViolations } from './serious-violations';

// The year after the vote, start to finish, in the browser: the agreement approved a year ago,
// a year of results recorded (typed and imported from the operator's spreadsheet), an outage
// logged that fills a goal's results by itself, the overview and a goal's chart, both reports
// printed (the report card in English and Spanish), the annual review decided, and revision 2
// started from it with "What changed since revision 1" on the review step.

const pressure = 'Every customer has enough water pressure.';
const breaks = 'Our water mains seldom break or leak.';
const restore = 'Water is back within 8 hours of an unplanned outage.';

/** The seeded agreement plus a library goal whose results come from the outage log. */
function withRestorationGoal(): Workbook {
  const workbook = readyForApproval();
  const model = workbook.goals.find((goal) => goal.id === 'g-pressure');
  if (!model) throw new Error('The seed has no pressure goal.');
  workbook.goals.push({
    ...model,
    id: 'g-restore',
    statement: restore,
    measure: 'Time to restore water after an unplanned outage',
    unit: 'hours',
    direction: 'at-most',
    target: 8,
    frequency: 'each-event',
    floor: null,
    templateId: 'CS4',
    customerBasis: 'Members asked at the annual meeting to know how long outages last.',
  });
  return workbook;
}

test.use({ seed: withRestorationGoal() });

const card = (page: Page, statement: string) =>
  page.getByRole('article', { name: new RegExp(statement.replace('.', '\\.')) });

/** Every month from the approval's to last month, oldest first: none left unmeasured. */
function monthsSince(approvedOn: string): string[] {
  const thisMonth = periodContaining('month', daysAgo(0));
  const months: string[] = [];
  for (let month = periodContaining('month', approvedOn); month < thisMonth;) {
    months.push(month);
    month = followingPeriod('month', month);
  }
  return months;
}

/** Saves the PDF that `click` downloads and answers its text on one line. */
async function printed(page: Page, testInfo: TestInfo, name: string, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const path = testInfo.outputPath(`${name}.pdf`);
  await (await downloading).saveAs(path);
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `test-results/screenshots/${name}`]);
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain(
    'No syntax or stream encoding errors',
  );
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a year after the vote: results, the outage log, both reports and the annual review', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const wizard = new WizardPage(page);
  await openApp(page, app);
  const approval = new ApprovalStep(page);
  const approvedOn = daysAgo(400);
  await approval.recordCarriedVote(approvedOn, 'R-1');
  await approval.approve(1);
  await page.reload();
  await expect(page.getByText(/Revision 1 is in force\./)).toBeVisible();

  // Every month's lowest pressure since the vote, from the operator's spreadsheet: all well above
  // 25 psi, so the review will suggest raising the target.
  const months = monthsSince(approvedOn);
  const rows = months.map((month, index) => `"${pressure}",${month},${30 + (index % 3)},Logger,`);
  await page.getByLabel('Results file (CSV)').setInputFiles({
    name: 'pressure.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFFGoal,Month,Result,Source,Note\r\n${rows.join('\r\n')}\r\n`),
  });
  await page.getByRole('button', { name: `Import ${months.length} results` }).click();
  await expect(
    page.getByText(`${months.length} results from “pressure.csv” recorded.`),
  ).toBeVisible();

  // Last month's main breaks, typed: over the target.
  await card(page, breaks).getByRole('button', { name: 'Record a result' }).click();
  const form = page.getByRole('form', { name: /^Record a result for goal \d+$/ });
  await form.getByRole('textbox', { name: 'Result' }).fill('12');
  await form.getByRole('textbox', { name: 'Where the figure comes from' }).fill('Work orders');
  await form.getByRole('button', { name: 'Save this result' }).click();
  await expect(card(page, breaks)).toContainText('✗ Not met');

  // An outage logged by hand fills the restoration goal's results by itself: 3½ hours.
  await page.getByRole('tab', { name: 'Outage log' }).click();
  await page.getByRole('button', { name: 'Add an outage' }).click();
  const outage = page.getByRole('form', { name: 'Add an outage' });
  const outageDay = daysAgo(20);
  await outage.getByRole('textbox', { name: 'Date it began' }).fill(outageDay);
  await outage.getByRole('textbox', { name: 'Time it began (optional)' }).fill('9:00 AM');
  await outage.getByRole('textbox', { name: 'Date service came back (optional)' }).fill(outageDay);
  await outage.getByRole('textbox', { name: 'Time service came back (optional)' }).fill('12:30 PM');
  await outage.getByRole('radio', { name: /^Unplanned/ }).check();
  await outage.getByRole('button', { name: 'Save this outage' }).click();
  await expect(page.getByText('9:00 AM to 12:30 PM')).toBeVisible();
  await page.getByRole('tab', { name: 'Goals and results' }).click();
  await expect(card(page, restore)).toContainText('From the outage log.');
  await expect(card(page, restore)).toContainText('3.5 hours');
  await expect(card(page, restore)).toContainText('✓ Met');

  // The pressure goal's year, on a chart with its figures in words.
  await card(page, pressure).getByRole('button', { name: 'Show the chart' }).click();
  const chart = card(page, pressure).getByRole('figure');
  await expect(chart).toContainText(`${months.length} results`);
  await expect(chart).toContainText(`${months.length} kept the target`);
  await wizard.screenshot('year-after-vote-overview');
  expect(await seriousViolations(page)).toEqual([]);

  // Both reports: the board's for the newest quarter, the customers' card in both languages.
  await page.getByRole('tab', { name: 'Reports' }).click();
  const boardReport = await printed(page, testInfo, 'board-report', () =>
    page.getByRole('button', { name: 'Save the board report (PDF)' }).click(),
  );
  for (const statement of [pressure, breaks, restore]) expect(boardReport).toContain(statement);
  const year = new Date().getFullYear() - 1;
  await page.getByRole('combobox', { name: 'Year' }).selectOption(String(year));
  const english = await printed(page, testInfo, 'report-card-en', () =>
    page.getByRole('button', { name: 'Save the report card (PDF)' }).click(),
  );
  expect(english).toContain(`How we did in ${year}`);
  expect(english).toContain(pressure);
  await page
    .getByRole('radiogroup', { name: 'Language of the report card' })
    .getByRole('radio', { name: 'Spanish (Español)' })
    .check();
  const spanish = await printed(page, testInfo, 'report-card-es', async () => {
    await page.getByRole('button', { name: 'Save the report card (PDF)' }).click();
    await printMarkingEnglish(page);
  });
  expect(spanish).toContain(`Cómo nos fue en ${year}`);
  expect(spanish).toContain('Cumplida');

  // The annual review: raise the pressure target, drop the main-break goal, keep the rest.
  await page.getByRole('tab', { name: 'Annual review' }).click();
  const decide = async (statement: string, choice: string, reason: string, target?: string) => {
    // The results tab is hidden now: the article named for the goal is its decision.
    const row = card(page, statement);
    await row.getByRole('radio', { name: choice }).check();
    if (target) await row.getByRole('textbox', { name: 'New target' }).fill(target);
    await row.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await row.getByRole('button', { name: /^Save the decision for goal \d+$/ }).click();
    await expect(row.getByRole('status')).toContainText('✓ Saved');
  };
  await expect(page.getByText(/Consider raising/i).first()).toBeVisible();
  await decide(
    pressure,
    'Raise the target',
    'Met easily all year & the hill asked for more.',
    '28',
  );
  await decide(breaks, 'Drop the goal', 'The new mains make breaks rare; we track leaks instead.');
  await page.getByRole('button', { name: 'Start revision 2 from these decisions' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start revision 2 from these decisions?' });
  await expect(confirm).toContainText('28 psi');
  await confirm.getByRole('button', { name: 'Start revision 2' }).click();
  await expect(page.getByText('Revision 2 started')).toBeVisible();
  await page
    .getByRole('button', { name: 'See what changed in revision 2 (step 6, Review)' })
    .click();

  // Step 6 says what changed since revision 1, each change with the board's reason.
  await wizard.expectStep('Review');
  const changes = page.getByRole('region', { name: /What changed since revision 1/ });
  await expect(changes).toContainText('28 psi');
  await expect(changes).toContainText('Met easily all year & the hill asked for more.');
  await expect(changes).toContainText(breaks);
  await expect(changes).toContainText('The new mains make breaks rare; we track leaks instead.');
  await wizard.screenshot('year-after-vote-what-changed');
});
