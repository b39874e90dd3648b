import { execFileSync } from 'node:child_process';
import { expect, openApp, test } from './fixtures';
import { ApprovalStep, daysAgo } from './pages/approval-step';
import { WizardPage } from './pages/wizard-page';
import { readyForApproval } from './seeds';

test.use({ seed: readyForApproval() });

/** Yesterday on this computer's calendar: the vote is recorded after the meeting. */
const meetingDate = daysAgo(1);

const votes: [string, 'Aye' | 'Nay'][] = [
  ['Maria Peña', 'Aye'],
  ['Joe Baca', 'Aye'],
  ['Ana Lucero', 'Aye'],
  ['Ray Ortiz', 'Aye'],
  ['Lena Roybal', 'Nay'],
];

test('the board votes, approves, prints the signed-off PDF, cannot edit it, and starts a new revision', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  const wizard = new WizardPage(page);
  await wizard.expectStep('Board approval');
  const approve = page.getByRole('button', { name: 'Approve and freeze revision 1' });
  await expect(approve).toBeDisabled();

  await page.getByRole('textbox', { name: 'Meeting date' }).fill(meetingDate);
  await page
    .getByRole('textbox', { name: 'Place', exact: true })
    .fill('Cedar Flats community hall');
  await page
    .getByRole('textbox', { name: 'How the meeting was noticed' })
    .fill('Posted at the post office and the well house 10 days ahead.');
  await new ApprovalStep(page).recordVotes(
    votes,
    'Ana Lucero (Secretary)',
    'Ray Ortiz (Treasurer)',
  );
  await page.getByRole('textbox', { name: 'Resolution number' }).fill('2026-12');
  await expect(page.getByText('Carried 4–1.').first()).toBeVisible();
  await wizard.expectSaved();
  await wizard.screenshot('step-7-board-approval');

  await expect(approve).toBeEnabled();
  await approve.click();
  const confirm = page.getByRole('dialog', { name: 'Approve and freeze revision 1?' });
  await confirm.getByRole('button', { name: 'Approve and freeze' }).click();
  await expect(
    page.getByRole('region', { name: 'Revision 1 is approved and frozen' }),
  ).toBeVisible();

  // The signed-off agreement: download the PDF and read it back.
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Signed-off agreement/ })
    .click();
  await wizard.expectStep('Signed-off agreement');
  const versions = page.getByRole('region', { name: 'Approved versions' });
  const shortFingerprint = (await versions.innerText()).match(
    /[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/,
  )?.[0];
  expect(shortFingerprint).toBeDefined();
  await wizard.screenshot('step-8-signed-off-agreement');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the agreement PDF' }).click();
  const download = await downloading;
  const pdfPath = testInfo.outputPath('agreement.pdf');
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
  for (const statement of [
    'Our water mains seldom break or leak.',
    'We lose little of the water we produce.',
    'Every customer has enough water pressure.',
    'We meet every drinking-water rule.',
  ]) {
    expect(text.replace(/\s+/g, ' ')).toContain(statement);
  }
  for (const [name] of votes) expect(text).toContain(name);
  expect(text).toContain(shortFingerprint!);
  expect(text).toContain(meetingDate.slice(0, 4));
  expect(text).not.toContain('DRAFT');

  // A printed copy is checked by the short fingerprint typed from paper.
  await page
    .getByRole('textbox', { name: 'Fingerprint on the printed copy' })
    .fill(shortFingerprint!.toLowerCase());
  await page.getByRole('button', { name: 'Check this copy' }).click();
  await expect(page.getByText('This copy matches revision 1')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Fingerprint on the printed copy' })
    .fill('0000-0000-0000-0000');
  await page.getByRole('button', { name: 'Check this copy' }).click();
  await expect(page.getByText('It matches none of the approved versions')).toBeVisible();

  // An approved goal cannot be edited, and the screen says why.
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Internal goals/ })
    .click();
  await wizard.expectStep('Internal goals');
  await expect(
    page.getByRole('region', { name: 'Revision 1 is approved and frozen' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a blank goal' })).toBeDisabled();
  await page.getByRole('button', { name: 'View', exact: true }).first().click();
  await expect(page.getByRole('textbox', { name: 'Goal', exact: true })).toBeDisabled();
  await wizard.screenshot('step-3-frozen');

  // A new revision is an editable draft with the number raised; revision 1 stays approved.
  await page.getByRole('button', { name: 'Start a new revision' }).click();
  await expect(page.getByRole('region', { name: /approved and frozen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a blank goal' })).toBeEnabled();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Board approval/ })
    .click();
  await expect(page.getByRole('button', { name: 'Approve and freeze revision 2' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Approve and freeze revision 2' })).toBeVisible();
});
