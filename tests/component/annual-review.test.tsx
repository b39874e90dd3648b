import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackingScreen } from '../../src/renderer/src/features/tracking/TrackingScreen';
import type { ActualEntry } from '../../src/shared/api/tracking-contract';
import { sampleToday } from '../support/sample-today';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';

function entry(goalId: string, period: string, value: number): ActualEntry {
  return { goalId, period, value, source: 'Operator log', note: '' };
}

const goalRow = (number: number) =>
  screen.getByRole('article', { name: new RegExp(`^Goal ${number}:`) });

/**
 * Revision 1 approved March 14, 2027; today June 1, 2027. Goal 2 answers complaints within at
 * most 1 working day (missed in March); goal 3 keeps pressure at least 25 psi (28 and more all
 * spring: a tenth of 25 is 2.5, so 27.5 or more is room to spare).
 */
async function openReview() {
  const backend = await approvedWithGoals();
  await okValue(
    backend.api['tracking:saveActuals']({
      entries: [
        entry('g-answer', '2027-03', 2),
        entry('g-answer', '2027-04', 1),
        entry('g-answer', '2027-05', 1),
        entry('g-pressure', '2027-03', 30),
        entry('g-pressure', '2027-04', 28),
        entry('g-pressure', '2027-05', 31),
      ],
    }),
  );
  const user = userEvent.setup();
  renderWithApi(<TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />, backend.api);
  await user.click(await screen.findByRole('tab', { name: 'Annual review' }));
  await screen.findByRole('article', { name: /^Goal 3:/ });
  return { backend, user };
}

describe('the annual review', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('shows each goal’s year and suggestion, and refuses a raise the wrong way', async () => {
    const { user } = await openReview();
    const answer = goalRow(2);
    expect(answer.textContent).toContain('The year: 3 results: 2 met, 1 missed.');
    expect(answer.textContent).toContain(
      'Missed 1 of 3 results: budget for it, or lower it with a reason.',
    );
    const pressure = goalRow(3);
    expect(pressure.textContent).toContain(
      'Met every period with room to spare: consider raising it.',
    );
    expect(goalRow(5).textContent).toContain('No decision yet');
    // A yes-or-no goal has no number to raise.
    expect(within(goalRow(5)).getByRole('radio', { name: 'Raise the target' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.click(within(pressure).getByRole('radio', { name: 'Raise the target' }));
    await user.type(within(pressure).getByRole('textbox', { name: 'New target' }), '20');
    expect(within(pressure).getByRole('status').textContent).toBe('Not saved yet');
    await user.click(
      within(pressure).getByRole('button', { name: 'Save the decision for goal 3' }),
    );
    expect(
      await within(pressure).findByText(
        'New target: raising an “at least” goal means a number higher than 25. Enter one, or choose lower.',
      ),
    ).toBeTruthy();
    const field = within(pressure).getByRole('textbox', { name: 'New target' });
    await user.clear(field);
    await user.type(field, '28');
    await user.click(within(pressure).getByRole('button', { name: /the decision for goal 3$/ }));
    expect(
      (await within(pressure).findByText('✓ Saved: raise the target to 28 psi')).getAttribute(
        'role',
      ),
    ).toBe('status');
  });

  it('asks the reason for a lower, keeps what was typed when a save fails, and retries', async () => {
    const { backend, user } = await openReview();
    const answer = goalRow(2);
    await user.click(within(answer).getByRole('radio', { name: 'Lower the target' }));
    await user.type(within(answer).getByRole('textbox', { name: 'New target' }), '2');
    await user.click(within(answer).getByRole('button', { name: 'Save the decision for goal 2' }));
    expect(
      await within(answer).findByText(
        'Reason: say why the board is lowering this goal; the board reads it in the draft of the next revision.',
      ),
    ).toBeTruthy();
    await user.type(
      within(answer).getByRole('textbox', { name: 'Reason' }),
      'One clerk answers the phone.',
    );
    backend.failNext('annual:saveDecision', { code: 'internal', message: 'The disk is full.' });
    await user.click(within(answer).getByRole('button', { name: 'Save the decision for goal 2' }));
    expect((await within(answer).findByRole('alert')).textContent).toContain('The disk is full.');
    expect(within(answer).getByRole('textbox', { name: 'Reason' })).toHaveProperty(
      'value',
      'One clerk answers the phone.',
    );
    await user.click(
      within(answer).getByRole('button', { name: 'Try again to save the decision for goal 2' }),
    );
    expect(
      await within(answer).findByText('✓ Saved: lower the target to 2 working days'),
    ).toBeTruthy();
    expect(backend.workbook.tracking.reviews).toMatchObject([
      { goalId: 'g-answer', choice: 'lower', newTarget: 2, reason: 'One clerk answers the phone.' },
    ]);
  });

  it('lists what will change before starting revision 2, then starts it', async () => {
    const { backend, user } = await openReview();
    await okValue(
      backend.api['annual:saveDecision']({
        goalId: 'g-pressure',
        choice: 'raise',
        newTarget: 28,
        reason: '',
      }),
    );
    await okValue(
      backend.api['annual:saveDecision']({
        goalId: 'g-samples',
        choice: 'drop',
        newTarget: null,
        reason: 'The state now takes the samples.',
      }),
    );
    // The other window's saves reach this one when it comes back into view; read again here.
    await user.click(screen.getByRole('tab', { name: 'Goals and results' }));
    await user.click(screen.getByRole('tab', { name: 'Annual review' }));
    await user.click(
      await screen.findByRole('button', { name: 'Start revision 2 from these decisions' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Start revision 2 from these decisions?',
    });
    const changes = within(dialog).getByRole('list', { name: 'What revision 2 will change' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Goal 3, “Every customer has enough pressure.”: target raised from at least 25 psi to at least 28 psi.',
      'Goal 5, “Every required sample is taken on time.”: dropped from the new revision.',
    ]);
    expect(dialog.textContent).toContain(
      '3 goals have no decision saved: they are kept as they are.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Start revision 2' }));
    expect(await screen.findByText('Revision 2 started')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'See what changed in revision 2 (step 6, Review)' }),
    ).toBeTruthy();
    expect(backend.workbook.agreement).toEqual({ revision: 2, status: 'draft' });
    expect(backend.workbook.goals.map((goal) => [goal.id, goal.target])).toEqual([
      ['g-loss', 15],
      ['g-answer', 1],
      ['g-pressure', 28],
      ['g-outage', 8],
    ]);
  });
});
