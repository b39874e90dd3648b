import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import { alteredPdf } from '../support/altered-pdf';
import { startServe, type RunningServe } from '../support/serve-process';
import { expect, test } from './fixtures';
import { ApprovalStep, daysAgo } from './pages/approval-step';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval } from './seeds';

// An approved agreement proves itself, end to end in the browser: the meeting's date is the
// approval date on every screen, the saved PDF checks as a match and an altered copy does not,
// an older revision prints marked as superseded, and a data file changed between two runs of
// the app is named in red and not printed.

function inWords(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
}

async function goTo(page: Page, step: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: step })
    .click();
}

/** Records the board's meeting on step 7 and approves the revision shown there. */
async function recordAndApprove(page: Page, revision: number, date: string): Promise<void> {
  await goTo(page, /Board approval/);
  const approval = new ApprovalStep(page);
  await approval.recordCarriedVote(date, `R-${revision}`);
  await approval.approve(revision);
}

async function download(page: Page, button: string, path: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).first().click();
  await (await downloading).saveAs(path);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

let dataDir = '';
let server: RunningServe | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'los-e2e-records-'));
  const envelope = {
    schemaVersion: currentSchemaVersion,
    savedAt: new Date().toISOString(),
    appVersion: 'test',
    data: readyForApproval(),
  };
  await writeFile(join(dataDir, 'los-builder.json'), JSON.stringify(envelope));
});

test.afterEach(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function open(page: Page): Promise<void> {
  server = await startServe({ dataDir, entry: 'built' });
  await page.goto(`${server.url}/#token=${server.token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'LOS Builder' })).toBeVisible();
}

test('approval records prove themselves, print by revision, and notice a file changed on disk', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const wizard = new WizardPage(page);
  const first = daysAgo(30);
  const second = daysAgo(2);
  await open(page);

  await recordAndApprove(page, 1, first);
  await expect(page.getByRole('region', { name: /Revision 1 approved/ })).toContainText(
    `Approved at the board meeting of ${inWords(first)}.`,
  );
  await wizard.screenshot('records-step-7-approved');

  await goTo(page, /Signed-off agreement/);
  const versions = page.getByRole('region', { name: 'Approved versions' });
  await expect(versions).toContainText(`Approved at the board meeting of ${inWords(first)}`);
  const pdf = testInfo.outputPath('revision-1.pdf');
  const text = await download(page, 'Save the agreement PDF', pdf);
  expect(text).toContain(inWords(first));
  expect(text).toContain('In force');

  // Check a PDF file: the saved copy matches; a copy with one figure changed does not.
  const picker = page.getByLabel('Agreement PDF to check');
  const choose = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await picker.click();
    await (await chooser).setFiles(file);
  };
  await choose(pdf);
  await expect(
    page.getByText(
      `This PDF matches revision 1, approved at the board meeting of ${inWords(first)}`,
    ),
  ).toBeVisible();
  await wizard.screenshot('records-check-pdf-matches');
  const altered = testInfo.outputPath('altered.pdf');
  alteredPdf(pdf, altered, '"target":9,', '"target":1,');
  await choose(altered);
  await expect(page.getByText('This PDF was changed after it was made')).toBeVisible();
  await wizard.screenshot('records-check-pdf-altered');

  // A second revision: the first is kept, marked superseded, and still prints as itself.
  await goTo(page, /Board approval/);
  await page.getByRole('button', { name: 'Start a new revision' }).click();
  await recordAndApprove(page, 2, second);
  await goTo(page, /Signed-off agreement/);
  const older = versions.getByRole('article', { name: 'Revision 1' });
  await expect(older).toContainText('Superseded');
  await expect(versions.getByRole('article', { name: 'Revision 2' })).toContainText('In force');
  await wizard.screenshot('records-versions');
  const oldText = await download(page, 'Save revision 1 as PDF', testInfo.outputPath('old.pdf'));
  expect(oldText).toContain('Revision 1');
  expect(oldText).toContain(`Superseded by revision 2, adopted ${inWords(second)}`);

  // Between two runs, someone edits revision 1's goal target in the data file.
  await page.goto('about:blank');
  await server?.stop('SIGINT');
  server = undefined;
  const path = join(dataDir, 'los-builder.json');
  const file = JSON.parse(await readFile(path, 'utf8')) as {
    data: { approvals: Array<{ content: { goals: Array<{ target: number }> } }> };
  };
  file.data.approvals[0]!.content.goals[0]!.target = 1;
  await writeFile(path, JSON.stringify(file));
  await open(page);
  // An approved agreement opens on its goal results; the steps are one click away.
  await page.getByRole('button', { name: 'Open the agreement’s steps (1 to 8)' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'The records on this computer were changed' });
  await expect(alert).toContainText(
    `Revision 1, approved at the board meeting of ${inWords(first)}, was changed on this computer after the board approved it`,
  );
  await goTo(page, /Signed-off agreement/);
  await expect(older).toContainText('Cannot be printed as approved');
  await expect(older.getByRole('button', { name: 'Save revision 1 as PDF' })).toHaveCount(0);
  await wizard.screenshot('records-tampered');
});
