import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import type { GoalTemplate } from '../../src/shared/domain/goal-template';
import type { CapabilityAnswer } from '../../src/shared/domain/scope';
import { createMemoryApi } from './support/memory-api';
import { renderWithApi } from './support/render';
import { sampleTemplates } from './support/sample-templates';

const fireFlow: GoalTemplate = {
  ...(sampleTemplates[0] as GoalTemplate),
  id: 'CS9',
  statement: 'Hydrants deliver fire flow',
  measure: 'Flow at the worst hydrant',
  unit: 'gpm',
  typicalTarget: '500 gpm for 2 hours',
  needsAsset: 'fireHydrants',
};

async function openLibrary(hydrants: CapabilityAnswer) {
  const memory = createMemoryApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service'];
    workbook.scope.value.assets.fireHydrants = hydrants;
  });
  memory.templates = [...sampleTemplates, fireFlow];
  const user = userEvent.setup();
  renderWithApi(<GoalsStep kind="external" focusOnShow={false} openGoalId={null} />, memory.api);
  await user.click(await screen.findByRole('button', { name: 'Add from the library' }));
  const library = await screen.findByRole('dialog', { name: 'Goal library' });
  await within(library).findByRole('article', { name: 'Unplanned outages are short' });
  return { memory, user, library };
}

const addButton = (card: HTMLElement) => within(card).getByRole('button', { name: /^Add/ });

describe('the goal library', () => {
  it('shows what the system cannot keep disabled, with the reason and the fix', async () => {
    const { library } = await openLibrary('no');
    const hydrants = within(library).getByRole('article', { name: 'Hydrants deliver fire flow' });
    expect(addButton(hydrants).matches(':disabled')).toBe(true);
    expect(hydrants.textContent).toContain(
      'Needs fire hydrants: step 2, “Goal areas, mission and boundaries”, says the system has none. If it does, change the answer there.',
    );
    // Not hidden by the system type any more: listed, disabled, with step 1's answer.
    const sewer = within(library).getByRole('article', { name: 'Sewer back-ups are cleared fast' });
    expect(addButton(sewer).matches(':disabled')).toBe(true);
    expect(sewer.textContent).toContain(
      'For sewer systems: step 1, “Utility and team”, says the utility runs drinking water only.',
    );
    expect(addButton(sewer).getAttribute('aria-describedby')).toContain(
      within(sewer).getByText(/^For sewer systems/).id,
    );
    // The goals that can be added come first; the others are listed last under their heading.
    expect(library.textContent).toContain('2 library goals match; 2 more are listed last');
    const titles = within(library)
      .getAllByRole('article')
      .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
    expect(titles).toEqual([
      'Unplanned outages are short',
      'Pressure never drops below the minimum',
      'Sewer back-ups are cleared fast',
      'Hydrants deliver fire flow',
    ]);
    const outages = within(library).getByRole('article', { name: 'Unplanned outages are short' });
    expect(addButton(outages).matches(':disabled')).toBe(false);
  });

  it('keeps a goal addable with a hint while step 2 says "not sure"', async () => {
    const { user, memory, library } = await openLibrary('unknown');
    const hydrants = within(library).getByRole('article', { name: 'Hydrants deliver fire flow' });
    expect(hydrants.textContent).toContain(
      'does not yet say whether the system has them. The review will ask before the vote.',
    );
    await user.click(addButton(hydrants));
    await waitFor(() => expect(memory.workbook.goals).toMatchObject([{ templateId: 'CS9' }]));
  });

  it('stays open to add several goals in a row, counts them, and opens the last when closed', async () => {
    const { user, memory, library } = await openLibrary('yes');
    const outages = within(library).getByRole('article', { name: 'Unplanned outages are short' });
    await user.click(addButton(outages));
    const status = within(library).getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(
        '1 goal added so far. Last added: “Unplanned outages are short”.',
      ),
    );
    expect(screen.getByRole('dialog', { name: 'Goal library' })).toBe(library);
    expect(outages.textContent).toContain('✓ In your goals.');
    expect(addButton(outages).textContent).toBe('Add it again');

    const pressure = within(library).getByRole('article', {
      name: 'Pressure never drops below the minimum',
    });
    await user.click(addButton(pressure));
    await waitFor(() =>
      expect(status.textContent).toBe(
        '2 goals added so far. Last added: “Pressure never drops below the minimum”.',
      ),
    );
    expect(memory.workbook.goals.map((goal) => goal.templateId)).toEqual(['CS4', 'CS1']);
    // No goal opened behind the library while it is still open.
    expect(screen.queryByRole('textbox', { name: 'Goal' })).toBeNull();

    await user.click(within(library).getByRole('button', { name: 'Done: word the new goals' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const last = screen.getByRole('article', { name: /Pressure never drops below the minimum/ });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(last).getByRole('textbox', { name: 'Goal' })),
    );
  });
});
