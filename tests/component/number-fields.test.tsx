import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { UtilityStep } from '../../src/renderer/src/features/utility/UtilityStep';
import type { Workbook } from '../../src/shared/domain/workbook';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openUtility(backend: ReturnType<typeof createTestApi>) {
  renderWithApi(<UtilityStep focusOnShow={false} onNameSaved={() => undefined} />, backend.api);
  await screen.findByRole('textbox', { name: 'Name of the utility' });
  return screen.getByRole('textbox', { name: 'Connections' });
}

async function openGoals(seed: (workbook: Workbook) => void) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service', 'water-efficiency'];
    seed(workbook);
  });
  renderWithApi(<GoalsStep kind="internal" focusOnShow={false} openGoalId={null} />, backend.api);
  await screen.findByRole('heading', { level: 2, name: 'Internal goals' });
  return backend;
}

const card = (name: string | RegExp) => screen.getByRole('article', { name });

describe('number fields read numbers one way', () => {
  it('saves "1,200" connections as 1200, where it used to read 1.2', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    const connections = await openUtility(backend);
    await user.type(connections, '1,200');

    await waitFor(() => expect(backend.workbook.utility.value.connections).toBe(1200));
    expect(screen.queryByText(/Connections must be/)).toBeNull();
    expect((connections as HTMLInputElement).value).toBe('1,200');
  });

  it('refuses "-3" with a message and keeps what was saved, where it used to save 3', async () => {
    const backend = createTestApi((workbook) => {
      workbook.utility = { rev: 2, value: { ...workbook.utility.value, connections: 250 } };
    });
    const user = userEvent.setup();
    const connections = await openUtility(backend);
    expect((connections as HTMLInputElement).value).toBe('250');
    await user.clear(connections);
    await user.type(connections, '-3');

    expect(await screen.findByText('Connections cannot be negative.')).toBeTruthy();
    expect(backend.workbook.utility.value.connections).toBe(250);
    await user.clear(connections);
    await user.type(connections, '15%');
    expect(
      await screen.findByText(
        'Connections takes a plain number, such as 250: leave out the % sign.',
      ),
    ).toBeTruthy();
    await user.clear(connections);
    await user.type(connections, '1,20');
    expect(
      await screen.findByText(
        'Connections must be written like 1,200 or 2.5: a comma only between thousands, a point only before decimals.',
      ),
    ).toBeTruthy();
    expect(backend.workbook.utility.value.connections).toBe(250);
  });

  it('refuses a share over 100% in a goal, and reads "9.5%" when the unit is %', async () => {
    const user = userEvent.setup();
    const backend = await openGoals((workbook) => {
      workbook.goals = [makeGoal({ statement: 'Keep water loss low', unit: '%', target: 15 })];
    });
    await user.click(within(card(/Keep water loss low/)).getByRole('button', { name: 'Edit' }));
    const target = screen.getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '1,800');

    expect(
      await screen.findByText(
        'Target is a share, so it cannot be more than 100%: enter a number from 0 to 100.',
      ),
    ).toBeTruthy();
    const savedTargets = () =>
      backend
        .inputsOf('goals:update')
        .map((input) => (input as { fields: { target: unknown } }).fields.target);
    expect(savedTargets()).not.toContain(1800);
    await user.clear(target);
    await user.type(target, '9.5%');
    await waitFor(() => expect(backend.workbook.goals[0]?.target).toBe(9.5));
  });
});

describe('words agree with numbers on screen', () => {
  it('shows 0, 1, 2 and 1,000 working days on the goal cards, and counts the goals', async () => {
    await openGoals((workbook) => {
      workbook.goals = [0, 1, 2, 1000].map((target) =>
        makeGoal({
          statement: `Answered within ${target}`,
          unit: 'working days',
          target,
          baseline: { value: 1, asOf: '', source: 'Complaint log', missingReason: '' },
        }),
      );
    });
    const targetOf = (target: number) =>
      within(card(new RegExp(`Answered within ${target}$`))).getByText(/Target:/).parentElement
        ?.textContent;
    expect(targetOf(0)).toMatch(/^Target: at most 0 working days ·/);
    expect(targetOf(1)).toMatch(/^Target: at most 1 working day ·/);
    expect(targetOf(2)).toMatch(/^Target: at most 2 working days ·/);
    expect(targetOf(1000)).toMatch(/^Target: at most 1,000 working days ·/);
    expect(
      within(card(/Answered within 2$/)).getByText(/Today:/).parentElement?.textContent,
    ).toMatch(/^Today: 1 working day\b(?! days)/);
    expect(screen.getByText('4 internal goals.')).toBeTruthy();
  });

  it('says "1 internal goal" for one', async () => {
    await openGoals((workbook) => {
      workbook.goals = [makeGoal({ statement: 'Only one' })];
    });
    expect(screen.getByText('1 internal goal.')).toBeTruthy();
  });
});
