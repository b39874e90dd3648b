import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { ApprovalStep } from './pages/approval-step';
import { WizardPage } from './pages/wizard-page';

// The board meeting from start to finish on the example utility (issue 18): the packet printed
// before the meeting, the vote recorded, then the minutes excerpt and the filled resolution.

// Opening the example reloads everything, and two papers are rendered, on a busy machine.
test.describe.configure({ timeout: 90_000 });

const votes: [string, 'Aye' | 'Nay' | 'Absent'][] = [
  ['Elena Ramírez', 'Aye'],
  ['Walt Hendricks', 'Aye'],
  ['Marisol Ortega', 'Aye'],
  ['Dan Whitlock', 'Nay'],
  ['Ruth Yazzie', 'Absent'],
];

/** Clicks a print button, saves the download and answers its text as pdftotext reads it. */
async function printed(page: Page, button: string, file: string, testInfo: TestInfo) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const path = testInfo.outputPath(file);
  await (await downloading).saveAs(path);
  execFileSync('qpdf', ['--check', path]);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('the example board prints its packet, votes, and prints the minutes and the resolution', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await page.getByRole('button', { name: /^Utility: / }).click();
  await page.getByRole('button', { name: 'Open the example utility' }).click();
  await wizard.expectStep('Board approval');
  await page.getByRole('textbox', { name: 'Resolution number' }).fill('2026-14');
  await wizard.expectSaved();

  const papers = page.getByRole('region', { name: 'Papers for the meeting' });
  await expect(papers.getByText(/Once each member’s vote is recorded above/)).toBeVisible();
  const packet = await printed(page, 'Board packet (English)', 'packet.pdf', testInfo);
  expect(packet).toContain('EXAMPLE — practice data, not a real board’s record');
  expect(packet).toContain('AGENDA ITEM Approve the Level of Service Agreement, revision 2');
  expect(packet).toContain('RESOLUTION NO. 2026-14');
  expect(packet).toContain('on motion by ________________, seconded by ________________');
  expect(packet).toContain('NOTICE OF PUBLIC MEETING');
  expect(packet).toContain('What customers said');
  expect(packet).toContain('ATTACHMENT A: THE DRAFT AGREEMENT');

  await new ApprovalStep(page).recordVotes(
    votes,
    'Marisol Ortega (Secretary)',
    'Walt Hendricks (Vice-President)',
  );
  await wizard.expectSaved();
  await papers.scrollIntoViewIfNeeded();
  await wizard.screenshot('step-7-meeting-papers');

  const minutes = await printed(
    page,
    'Minutes excerpt and resolution (English)',
    'minutes.pdf',
    testInfo,
  );
  expect(minutes).toContain('EXAMPLE — practice data, not a real board’s record');
  expect(minutes).toContain('EXCERPT FROM THE MINUTES');
  expect(minutes).toContain(
    'On motion by Marisol Ortega, seconded by Walt Hendricks, the board adopted Resolution No. 2026-14',
  );
  expect(minutes).toContain(
    'on motion by Marisol Ortega, seconded by Walt Hendricks, by the following vote: AYES: Elena Ramírez, Walt Hendricks, Marisol Ortega NAYS: Dan Whitlock ABSTAINING: none ABSENT: Ruth Yazzie',
  );
});
