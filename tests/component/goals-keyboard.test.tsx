import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { createTestApi } from './support/test-api';
import { tabTo } from './support/keyboard';
import { renderWithApi } from './support/render';

describe('goals by keyboard alone', () => {
  it('adds a library goal, edits its target and closes it without a mouse', async () => {
    const backend = createTestApi((workbook) => {
      workbook.utility.value.systemType = 'water';
      workbook.scope.value.areas = ['customer-service'];
    });
    const user = userEvent.setup();
    renderWithApi(<GoalsStep kind="external" focusOnShow openGoalId={null} />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'External goals' });

    await tabTo(user, 'Add from the library');
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Goal library' });
    await tabTo(user, 'Add this goal');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(backend.workbook.goals).toHaveLength(1));
    // The library stays open for more goals until it is closed; Done is above the list.
    await tabTo(user, 'Done: word the new goals', { backwards: true });
    await user.keyboard('{Enter}');

    const goal = await screen.findByRole('article', { name: /^Goal 1:/ });
    expect(document.activeElement).toBe(within(goal).getByRole('textbox', { name: 'Goal' }));
    await user.keyboard('{Control>}a{/Control}Water is back on fast');
    const target = await tabTo(user, 'Target');
    await user.keyboard('{Control>}a{/Control}6');
    expect((target as HTMLInputElement).value).toBe('6');
    await tabTo(user, 'Done with this goal');
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(backend.workbook.goals[0]).toMatchObject({
        statement: 'Water is back on fast',
        target: 6,
      }),
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));
    expect(within(goal).queryByRole('textbox', { name: 'Goal' })).toBeNull();
  });

  it('adds a blank goal with Enter and types straight into it', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    renderWithApi(<GoalsStep kind="internal" focusOnShow openGoalId={null} />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Internal goals' });

    await tabTo(user, 'Add a blank goal');
    await user.keyboard('{Enter}');
    await screen.findByRole('article', { name: /^Goal 1:/ });
    await user.keyboard('Pumps tested');
    await waitFor(() => expect(backend.workbook.goals[0]?.statement).toBe('Pumps tested'));
  });
});
