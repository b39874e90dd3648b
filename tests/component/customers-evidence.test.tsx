import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CustomersStep } from '../../src/renderer/src/features/customers/CustomersStep';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { seedCard, seedMeeting } from './support/customer-fixtures';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { okValue } from './support/ok-value';
import { openTheSteps } from './support/open-steps';
import { renderWithApi } from './support/render';

function withPressureComments() {
  return createTestApi((workbook) => {
    seedMeeting(workbook);
    seedCard(workbook, 'meeting-1', { said: 'Pressure drops every evening', strength: 'strong' });
    seedCard(workbook, 'meeting-1', { said: 'Weak shower upstairs', satisfaction: 4 });
    workbook.goals = [makeGoal({ id: 'g-ext', kind: 'external', statement: 'At least 35 psi' })];
  });
}

describe('using what customers said as evidence', () => {
  it('shows the tallies in words and links a topic to an existing external goal', async () => {
    const backend = withPressureComments();
    const user = userEvent.setup();
    renderWithApi(<CustomersStep focusOnShow={false} onGoTo={() => undefined} />, backend.api);
    await user.click(await screen.findByRole('tab', { name: 'What we heard' }));

    const byTopic = screen.getByRole('figure', { name: 'Comments by topic' });
    expect(byTopic.textContent).toContain('Pressure: 2 comments, 1 strong.');
    expect(screen.getByRole('figure', { name: /Overall satisfaction/ }).textContent).toContain(
      '1 of 1 who answered (100%) are satisfied',
    );
    await user.click(
      screen.getByRole('button', { name: 'Use comments on Pressure as evidence (2 comments)' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Use as evidence for an external goal',
    });
    await user.click(within(dialog).getByRole('radio', { name: /Goal 1: At least 35 psi/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));

    await waitFor(() =>
      expect(backend.workbook.customers.evidence).toEqual([
        { goalId: 'g-ext', ref: { kind: 'topic', topic: 'pressure' } },
      ]),
    );
    const linked = screen.getByRole('region', { name: 'Evidence for each external goal' });
    expect(linked.textContent).toContain('2 comments on Pressure (1 strong), from Annual meeting');
    expect(linked.textContent).not.toContain('Rosa Delgado');
  });

  it('starts a new external goal from one card, worded with it, and links the card', async () => {
    const backend = withPressureComments();
    const user = userEvent.setup();
    renderWithApi(<CustomersStep focusOnShow={false} onGoTo={() => undefined} />, backend.api);
    await user.click(await screen.findByRole('button', { name: 'Use as evidence: card 1' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Use as evidence for an external goal',
    });
    await user.click(within(dialog).getByRole('radio', { name: /A new external goal/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));

    await waitFor(() => expect(backend.workbook.customers.evidence).toHaveLength(1));
    const added = backend.workbook.goals[1];
    // Like any new goal, with no area or direction chosen for the board (decision 29).
    expect(added).toMatchObject({
      kind: 'external',
      area: null,
      direction: null,
      customerBasis: '“Pressure drops every evening” (Annual meeting, May 12, 2026)',
    });
    expect(backend.workbook.customers.evidence[0]).toEqual({
      goalId: added?.id,
      ref: { kind: 'entry', entryId: 'card-1' },
    });
  });

  it('lists each external goal’s evidence on the external goals step', async () => {
    const backend = withPressureComments();
    await okValue(
      backend.otherWindow['customers:link']({
        goalId: 'g-ext',
        ref: { kind: 'entry', entryId: 'card-1' },
      }),
    );
    renderWithApi(<GoalsStep kind="external" focusOnShow={false} openGoalId={null} />, backend.api);
    const card = await screen.findByRole('article', { name: /^Goal 1:/ });

    expect(card.textContent).toContain('Customers said:');
    expect(card.textContent).toContain(
      '“Pressure drops every evening” (Annual meeting, May 12, 2026)',
    );
  });
});

describe('step 4 on an approved revision', () => {
  it('shows the cards and charts read-only, keeps the complaint log open, and still prints the survey forms', async () => {
    const backend = createTestApi((workbook) => {
      readyForVote(workbook);
      workbook.meeting.value = recordedMeeting();
      seedMeeting(workbook);
      seedCard(workbook, 'meeting-1', { said: 'Pressure drops every evening' });
      // A character the fonts cannot draw, in the wording the survey card prints.
      const external = workbook.goals.find((goal) => goal.kind === 'external');
      if (external) external.statement = 'Pressure stays up 水';
    });
    const approved = await backend.api['approval:approve']();
    if (!approved.ok) throw new Error(approved.error.message);
    await okValue(backend.otherWindow['wizard:setStep']({ currentStep: 'customers' }));
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await openTheSteps();

    expect(
      await screen.findByRole('region', { name: 'Revision 1 is approved and frozen' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add an outreach' }).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('form', { name: /New card/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete card 1' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'View card 1' }));
    const saved = await screen.findByRole('dialog', { name: 'A saved card' });
    expect(within(saved).getByRole('textbox', { name: 'What was said' }).matches(':disabled')).toBe(
      true,
    );
    await user.click(within(saved).getByRole('button', { name: 'Close the card' }));

    await user.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(screen.getByRole('checkbox', { name: 'Use Door to door' }).matches(':disabled')).toBe(
      true,
    );
    await user.click(screen.getByRole('tab', { name: 'What we heard' }));
    expect(
      await screen.findByText(
        'The approved agreement prints these lines as they read at the vote, never a customer’s name or address; complaints imported since then show here only.',
      ),
    ).toBeTruthy();
    // The complaint log is a record about the year: it stays open, and says why that is safe.
    await user.click(screen.getByRole('tab', { name: 'Complaint log' }));
    expect(
      screen.getByText(
        'The log can still be brought up to date after the vote; the approved agreement keeps the complaint figures it was approved with.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose a CSV file…' }).matches(':disabled')).toBe(
      false,
    );
    await user.click(screen.getByRole('tab', { name: 'Survey forms' }));
    await user.click(screen.getByRole('button', { name: 'Survey card, Spanish (Español)' }));
    // The Spanish card prints the external goal's English statement only when the user agrees.
    const question = await screen.findByRole('dialog', {
      name: 'Some passages have no Spanish yet',
    });
    await user.click(
      within(question).getByRole('button', { name: 'Print with these passages marked in English' }),
    );
    // The forms print the external goals' wording: what the fonts cannot draw is said first.
    const warning = await screen.findByRole('dialog', {
      name: 'Some characters cannot be printed',
    });
    expect(warning.textContent).toContain('Goal 2, Goal: 水');
    expect(backend.inputsOf('export:check')).toEqual([
      { revision: null, document: 'survey-forms', language: 'es' },
      { revision: null, document: 'survey-forms', language: 'es' },
    ]);
    await user.click(within(warning).getByRole('button', { name: 'Export anyway' }));
    expect(
      await screen.findByText(/Downloaded as Survey card \(Spanish\) - Cedar Flats Water\.pdf/),
    ).toBeTruthy();
    expect(backend.inputsOf('export:surveyPdf')).toEqual([{ form: 'survey', language: 'es' }]);
  });
});
