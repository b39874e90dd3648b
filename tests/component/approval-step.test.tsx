import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import type { Workbook } from '../../src/shared/domain/workbook';
import { boardNames, readyForVote, recordedMeeting } from './support/approval-fixtures';
import { createTestApi } from './support/test-api';
import { okValue } from './support/ok-value';
import { openTheSteps } from './support/open-steps';
import { renderWithApi } from './support/render';
import { sampleToday } from '../support/sample-today';

async function openApproval(seed: (workbook: Workbook) => void = () => undefined) {
  const backend = createTestApi((workbook) => {
    readyForVote(workbook);
    seed(workbook);
  });
  renderWithApi(<Wizard />, backend.api);
  await screen.findByRole('heading', { level: 2, name: 'Board approval' });
  return backend;
}

async function vote(user: UserEvent, name: string, choice: string, within$ = document.body) {
  const group = within(within$).getByRole('radiogroup', { name: `Vote of ${name}` });
  await user.click(within(group).getByRole('radio', { name: choice }));
}

const approveButton = () => screen.getByRole('button', { name: 'Approve and freeze revision 1' });

describe('Step 7, Board approval', () => {
  // "Today" after the sample meeting (March 2027), as on the evening the vote is recorded.
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('works out the outcome from the vote table as each vote is recorded, and saves it', async () => {
    const user = userEvent.setup();
    const backend = await openApproval();
    expect(screen.getByText('No votes recorded yet.')).toBeTruthy();

    for (const name of boardNames.slice(0, 4)) await vote(user, name, 'Aye');
    await vote(user, 'Lena Roybal', 'Nay');
    expect(screen.getByText('Carried 4–1.')).toBeTruthy();

    await vote(user, 'Ray Ortiz', 'Absent');
    expect(screen.getByText('Carried 3–1, 1 absent.')).toBeTruthy();

    await vote(user, 'Ray Ortiz', 'Nay');
    expect(screen.getByText('Carried 3–2.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Two-thirds of those present/ }));
    expect(
      screen.getByText('Failed: 3 ayes; 4 needed (two-thirds of the 5 present).'),
    ).toBeTruthy();

    // Both in one wait: an earlier save may land with the votes but the old threshold.
    await waitFor(() => {
      expect(backend.workbook.meeting.value.votes.map((row) => row.vote)).toEqual([
        'aye',
        'aye',
        'aye',
        'nay',
        'nay',
      ]);
      expect(backend.workbook.meeting.value.threshold).toBe('two-thirds-present');
    });
  });

  it('keeps approval disabled with the reasons in view until they are gone', async () => {
    const user = userEvent.setup();
    await openApproval((workbook) => {
      workbook.meeting.value = { ...recordedMeeting(), resolutionNumber: '', secondedBy: null };
    });
    expect(approveButton()).toHaveProperty('disabled', true);
    // The reasons are what the disabled button is described by, so a screen reader hears them.
    const reasonsId = approveButton().getAttribute('aria-describedby') ?? '';
    const reasons = document.getElementById(reasonsId) as HTMLElement;
    expect(reasons.textContent).toContain('Choose who seconded the motion.');
    expect(reasons.textContent).toContain('Enter the resolution number');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Seconded by' }),
      'Joe Baca (Vice-President)',
    );
    await user.type(screen.getByRole('textbox', { name: 'Resolution number' }), '2027-3');

    await waitFor(() => expect(approveButton()).toHaveProperty('disabled', false));
    expect(
      screen.getByText(/Everything is recorded and the motion carried: Carried 4–1\./),
    ).toBeTruthy();
  });

  it('approves after a confirmation that says the version will be frozen, then locks step 1', async () => {
    const user = userEvent.setup();
    const backend = await openApproval((workbook) => {
      workbook.meeting.value = recordedMeeting();
    });
    await user.click(approveButton());
    const dialog = screen.getByRole('dialog', { name: 'Approve and freeze revision 1?' });
    expect(dialog.textContent).toContain('Approving freezes revision 1');
    await user.click(within(dialog).getByRole('button', { name: 'Approve and freeze' }));

    expect(
      await screen.findByRole('region', { name: 'Revision 1 is approved and frozen' }),
    ).toBeTruthy();
    expect(backend.workbook.agreement).toEqual({ revision: 1, status: 'approved' });
    expect(backend.workbook.approvals).toHaveLength(1);
    const panel = screen.getByRole('region', { name: /Revision 1 approved/ }).textContent;
    expect(panel).toContain('Approved at the board meeting of March 14, 2027.');
    expect(panel).toContain('Resolution No. 2027-3');
    expect(panel).toContain('Recorded in LOS Builder on June 1, 2027.');
    expect(screen.queryByRole('button', { name: 'Approve and freeze revision 1' })).toBeNull();
    const mariasAye = within(
      screen.getByRole('radiogroup', { name: 'Vote of Maria Peña' }),
    ).getByRole<HTMLInputElement>('radio', { name: 'Aye' });
    expect(mariasAye.checked).toBe(true);
    expect(mariasAye.matches(':disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: /Utility and team/ }));
    const name = await screen.findByRole('textbox', { name: 'Name of the utility' });
    expect(screen.getByRole('region', { name: 'Revision 1 is approved and frozen' })).toBeTruthy();
    expect(name.matches(':disabled')).toBe(true);
    // Step 1's sections below the first are drawn a moment after it.
    const addMember = await screen.findByRole('button', { name: 'Add a board member' });
    expect(addMember.matches(':disabled')).toBe(true);
  });

  it('names a meeting date after today and approves only once that is confirmed', async () => {
    const user = userEvent.setup();
    const backend = await openApproval((workbook) => {
      workbook.meeting.value = { ...recordedMeeting(), date: '2027-07-14' };
    });
    expect(
      await screen.findByText(
        'The meeting date, July 14, 2027, is after today. Record the vote after the meeting.',
      ),
    ).toBeTruthy();
    expect(approveButton().matches(':disabled')).toBe(true);
    await user.click(
      screen.getByRole('checkbox', {
        name: 'The meeting has taken place on that date: record the vote anyway',
      }),
    );
    await user.click(approveButton());
    const dialog = screen.getByRole('dialog', { name: 'Approve and freeze revision 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Approve and freeze' }));
    expect(
      await screen.findByRole('region', { name: 'Revision 1 is approved and frozen' }),
    ).toBeTruthy();
    const call = backend.calls.find((each) => each.method === 'approval:approve');
    expect(call?.input).toEqual({ meetingAfterTodayConfirmed: true });
  });

  it('starts a new revision from the banner and opens the step for editing again', async () => {
    const user = userEvent.setup();
    const backend = createTestApi((workbook) => {
      readyForVote(workbook);
      workbook.meeting.value = recordedMeeting();
    });
    const approved = await backend.api['approval:approve']();
    expect(approved.ok).toBe(true);
    await okValue(backend.otherWindow['wizard:setStep']({ currentStep: 'utility' }));
    renderWithApi(<Wizard />, backend.api);
    await openTheSteps();
    const banner = await screen.findByRole('region', { name: 'Revision 1 is approved and frozen' });
    expect(screen.getByRole('textbox', { name: 'Name of the utility' }).matches(':disabled')).toBe(
      true,
    );

    await user.click(within(banner).getByRole('button', { name: 'Start a new revision' }));

    const name = await screen.findByRole('textbox', { name: 'Name of the utility' });
    await waitFor(() => expect(name.matches(':disabled')).toBe(false));
    expect(screen.queryByRole('region', { name: /approved and frozen/ })).toBeNull();
    expect(backend.workbook.agreement).toEqual({ revision: 2, status: 'draft' });
    await user.type(name, ' Co-op');
    await waitFor(() =>
      expect(backend.workbook.utility.value.name).toBe('Cedar Flats Water Co-op'),
    );
  });

  it('fills the minutes with plain wording built from what was recorded', async () => {
    const user = userEvent.setup();
    const backend = await openApproval((workbook) => {
      workbook.meeting.value = recordedMeeting(['aye', 'aye', 'aye', 'abstain', 'nay']);
    });
    await user.click(screen.getByRole('button', { name: 'Copy suggested wording' }));
    const minutes = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Minutes excerpt' });
    expect(minutes.value).toContain(
      'On motion by Maria Peña, seconded by Joe Baca, the board adopted Resolution No. 2027-3 approving the Level of Service Agreement, revision 1, by a vote of 3 to 1, with 1 abstaining; a majority of the members present (3 ayes) was required.',
    );
    expect(minutes.value).toContain('Abstaining: Ray Ortiz.');
    await waitFor(() => expect(backend.workbook.meeting.value.minutesExcerpt).toBe(minutes.value));
  });

  it('prints the board packet before the vote, and the minutes and resolution once votes are recorded', async () => {
    const user = userEvent.setup();
    const backend = await openApproval();
    expect(screen.getByText(/Once each member’s vote is recorded above/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Minutes excerpt and resolution/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Board packet (English)' }));
    await waitFor(() =>
      expect(backend.delivery.fileNames.at(-1)).toMatch(/^Board packet .*revision 1\.pdf$/),
    );
    expect(backend.inputsOf('export:boardPacketPdf')).toEqual([{ language: 'en' }]);

    await vote(user, 'Maria Peña', 'Aye');
    await user.click(
      await screen.findByRole('button', { name: 'Minutes excerpt and resolution (English)' }),
    );
    await waitFor(() =>
      expect(backend.delivery.fileNames.at(-1)).toMatch(
        /^Minutes and resolution .*revision 1\.pdf$/,
      ),
    );
    expect(backend.inputsOf('export:minutesPdf')).toEqual([{ revision: null, language: 'en' }]);
  });

  it('shows the roll call and outcome in meeting mode, where votes can still be recorded', async () => {
    const user = userEvent.setup();
    await openApproval();
    await user.click(screen.getByRole('switch', { name: /Meeting mode/ }));
    const dialog = screen.getByRole('dialog', { name: /^Meeting mode/ });
    for (const name of boardNames) await vote(user, name, 'Aye', dialog);
    expect(within(dialog).getByText('Carried 5–0.')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Leave meeting mode' }));
    expect(screen.queryByRole('dialog', { name: /^Meeting mode/ })).toBeNull();
    expect(screen.getByText('Carried 5–0.')).toBeTruthy();
  });
});
