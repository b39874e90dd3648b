import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import type { SystemType } from '../../src/shared/domain/utility';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openExternalGoals(systemType: SystemType, statement: string) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = systemType;
    workbook.scope.value.areas = ['customer-service'];
    workbook.goals = [makeGoal({ kind: 'external', statement: 'Answer calls' })];
  });
  renderWithApi(<GoalsStep kind="external" focusOnShow={false} openGoalId={null} />, backend.api);
  await screen.findByRole('heading', { level: 2, name: 'External goals' });
  const user = userEvent.setup();
  const goal = screen.getByRole('article', { name: /Answer calls/ });
  await user.click(within(goal).getByRole('button', { name: 'Edit' }));
  const field = within(goal).getByRole('textbox', { name: 'Goal' });
  await user.clear(field);
  await user.paste(statement);
  return goal;
}

describe('a goal about a service the utility does not run', () => {
  it('is flagged on the card as soon as it is written: drinking-water pressure in a sewer district', async () => {
    const goal = await openExternalGoals('wastewater', 'Minimum pressure 20 psi');
    const flags = await within(goal).findByRole('list', { name: 'Review flags' });
    await waitFor(() =>
      expect(flags.textContent).toContain('Not a service this utility runs (see step 1)'),
    );
    const found = within(goal).getByRole('alert', { name: /What the review found/ });
    expect(found.textContent).toContain(
      'is about drinking water, but step 1 says the utility runs sewer service only',
    );
    expect(found.textContent).toContain('answer “Both” to “What does the utility run?” on step 1');
    // The step's checklist names the fix too.
    expect(screen.getByRole('region', { name: 'To finish this step' }).textContent).toContain(
      'Goal 1: not a service this utility runs: take it out, or answer “Both”',
    );
  });

  it('flags sewer backups in a water-only system', async () => {
    const goal = await openExternalGoals('water', 'No more than 2 sewer backups per 100 miles');
    const flags = await within(goal).findByRole('list', { name: 'Review flags' });
    await waitFor(() => expect(flags.textContent).toContain('Not a service this utility runs'));
  });

  it('says nothing of it when the utility runs both', async () => {
    const goal = await openExternalGoals('both', 'No more than 2 sewer backups per 100 miles');
    await waitFor(() =>
      expect(within(goal).getByRole('heading', { level: 4 }).textContent).toContain(
        'sewer backups',
      ),
    );
    expect(goal.textContent).not.toContain('Not a service this utility runs');
  });
});

describe('the goal editor’s limits by system type', () => {
  async function openEditor(systemType: SystemType) {
    const backend = createTestApi((workbook) => {
      workbook.utility.value.systemType = systemType;
      workbook.scope.value.areas = ['customer-service'];
      workbook.goals = [makeGoal({ kind: 'external', statement: 'Answer calls' })];
    });
    renderWithApi(<GoalsStep kind="external" focusOnShow={false} openGoalId={null} />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'External goals' });
    const goal = screen.getByRole('article', { name: /Answer calls/ });
    await userEvent.setup().click(within(goal).getByRole('button', { name: 'Edit' }));
    const options = (name: string) =>
      within(within(goal).getByRole('combobox', { name }))
        .getAllByRole('option')
        .map((option) => option.textContent);
    return { dependsOn: options('Depends on'), floors: options('Legal minimum it must meet') };
  }

  it('offers a sewer district only its lift stations and the overflow report', async () => {
    expect(await openEditor('wastewater')).toEqual({
      dependsOn: ['No special equipment', 'Backup power at the lift stations'],
      floors: ['None', 'Reporting a sewer overflow to the state'],
    });
  });

  it('offers a water system its wells, hydrants and tanks, and the water floors', async () => {
    expect(await openEditor('water')).toEqual({
      dependsOn: [
        'No special equipment',
        'Fire hydrants and fire flow',
        'A backup water source',
        'A storage tank',
        'Backup power for the wells and pumps',
      ],
      floors: [
        'None',
        'Minimum water pressure',
        'Tier 1 public notice (for example a boil-water notice)',
      ],
    });
  });

  it('offers a utility that runs both everything, saying where backup power is read', async () => {
    const { dependsOn, floors } = await openEditor('both');
    expect(dependsOn).toContain(
      'Backup power (at the lift stations for a sewer goal; otherwise the wells and pumps)',
    );
    expect(dependsOn).toContain('Fire hydrants and fire flow');
    expect(floors).toHaveLength(4);
  });
});
