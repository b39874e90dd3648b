import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

describe('Who stands in (goal editor)', () => {
  it('is typed beside the responsible person, saved, and checked on the card', async () => {
    const user = userEvent.setup();
    const backend = createTestApi((workbook) => {
      workbook.utility.value.systemType = 'water';
      workbook.scope.value.areas = ['customer-service'];
      workbook.goals = [
        makeGoal({ id: 'g1', statement: 'Restore service within 8 hours', responsible: 'Gil' }),
      ];
    });
    renderWithApi(<GoalsStep kind="internal" focusOnShow={false} openGoalId={null} />, backend.api);
    const goal = await screen.findByRole('article', { name: /Restore service/ });
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));

    const standIn = within(goal).getByRole('textbox', {
      name: 'Who stands in',
    });
    const responsible = within(goal).getByRole('textbox', { name: 'Who is responsible' });
    // Side by side in the same row of the Tracking fields.
    expect(standIn.closest('.mantine-SimpleGrid-root')).toBe(
      responsible.closest('.mantine-SimpleGrid-root'),
    );
    await user.type(standIn, 'Pat Romero, relief operator');
    await waitFor(() =>
      expect(backend.workbook.goals[0]?.standIn).toBe('Pat Romero, relief operator'),
    );
    expect(within(goal).queryByText('Check who stands in')).toBeNull();

    // The responsible person named again is caught on the card as it is typed.
    await user.clear(standIn);
    await user.type(standIn, 'gil');
    const flags = await within(goal).findByRole('list', { name: 'Review flags' });
    await waitFor(() => expect(flags.textContent).toContain('Check who stands in'));
    await waitFor(() => expect(backend.workbook.goals[0]?.standIn).toBe('gil'));
  });
});
