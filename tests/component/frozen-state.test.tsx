import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UtilityStep } from '../../src/renderer/src/features/utility/UtilityStep';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { createTestApi } from './support/test-api';
import { okValue } from './support/ok-value';
import { openTheSteps } from './support/open-steps';
import { renderWithApi } from './support/render';

async function approvedBackend() {
  const backend = createTestApi((workbook) => {
    readyForVote(workbook);
    workbook.meeting.value = recordedMeeting();
  });
  const approved = await backend.api['approval:approve']();
  if (!approved.ok) throw new Error(approved.error.message);
  return backend;
}

describe('a frozen revision', () => {
  it('shows why a save was refused, with no Retry, when the board approved it meanwhile', async () => {
    const backend = await approvedBackend();
    const user = userEvent.setup();
    // Shown on its own, the step still believes it is a draft, as a window opened before the vote.
    renderWithApi(<UtilityStep focusOnShow={false} onNameSaved={() => undefined} />, backend.api);
    await user.type(await screen.findByRole('textbox', { name: 'Name of the utility' }), '!');

    expect(
      await screen.findByText(
        /Revision 1 was approved by the board on [A-Z][a-z]+ \d+, \d{4} and can no longer be changed/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Not saved: this revision is frozen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(backend.workbook.utility.value.name).toBe('Cedar Flats Water');
  });

  it('lets a goal be viewed but not changed, moved, deleted or added to', async () => {
    const backend = await approvedBackend();
    await okValue(backend.otherWindow['wizard:setStep']({ currentStep: 'internal-goals' }));
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await openTheSteps();
    const card = await screen.findByRole('article', { name: /^Goal 1:/ });

    expect(screen.getByRole('region', { name: 'Revision 1 is approved and frozen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add from the library' }).matches(':disabled')).toBe(
      true,
    );
    expect(within(card).queryByRole('button', { name: 'Delete' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'View' }));

    const statement = within(card).getByRole('textbox', { name: 'Goal' });
    expect(statement.matches(':disabled')).toBe(true);
    await user.click(within(card).getByRole('button', { name: 'Close this goal' }));
    expect(within(card).queryByRole('textbox', { name: 'Goal' })).toBeNull();
    expect(backend.inputsOf('goals:update')).toEqual([]);
  });

  it('offers no draft PDF on the review step, printing that revision on the signed-off step, and says its evidence may be newer than the print', async () => {
    const backend = await approvedBackend();
    await okValue(backend.otherWindow['wizard:setStep']({ currentStep: 'review' }));
    renderWithApi(<Wizard />, backend.api);
    await openTheSteps();
    const packet = await screen.findByRole('region', { name: 'For the board packet' });

    expect(within(packet).queryByRole('button')).toBeNull();
    expect(packet.textContent).toMatch(/print it from step \d, “Signed-off agreement”/);
    // The complaint log stays open after the vote, so the evidence here may count newer
    // complaints than the approved agreement prints: the hint says which is which.
    const evidence = screen.getByRole('region', { name: 'What customers said, goal by goal' });
    expect(evidence.textContent).toMatch(
      /the approved agreement prints it as it read at the vote, so complaints imported since then show here only\./,
    );
  });
});
