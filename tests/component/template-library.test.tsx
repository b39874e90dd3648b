import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import type { CapabilityAnswer } from '../../src/shared/domain/scope';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';
import { shippedTemplate } from './support/shipped-template';

// External customer-service goals of the shipped library: two any water system can keep, one
// that needs fire hydrants, and the sewer ones a water-only system cannot.
const outage = shippedTemplate('CS4');
const pressure = shippedTemplate('CS1');
const fireFlow = shippedTemplate('CS21');
const sewerOnly = ['CS10', 'CS11', 'CS24', 'CS25'].map(shippedTemplate);

async function openLibrary(hydrants: CapabilityAnswer) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service'];
    workbook.scope.value.assets.fireHydrants = hydrants;
  });
  const user = userEvent.setup();
  renderWithApi(<GoalsStep kind="external" focusOnShow={false} openGoalId={null} />, backend.api);
  await user.click(await screen.findByRole('button', { name: 'Add from the library' }));
  const library = await screen.findByRole('dialog', { name: 'Goal library' });
  await within(library).findByRole('article', { name: outage.statement });
  return { backend, user, library };
}

const addButton = (card: HTMLElement) => within(card).getByRole('button', { name: /^Add/ });

describe('the goal library', () => {
  it('shows what the system cannot keep disabled, with the reason and the fix', async () => {
    const { library } = await openLibrary('no');
    const hydrants = within(library).getByRole('article', { name: fireFlow.statement });
    expect(addButton(hydrants).matches(':disabled')).toBe(true);
    expect(hydrants.textContent).toContain(
      'Needs fire hydrants: step 2, “Goal areas, mission and boundaries”, says the system has none. If it does, change the answer there.',
    );
    // Not hidden by the system type any more: listed, disabled, with step 1's answer.
    const sewer = within(library).getByRole('article', { name: sewerOnly[0]?.statement });
    expect(addButton(sewer).matches(':disabled')).toBe(true);
    expect(sewer.textContent).toContain(
      'For sewer systems: step 1, “Utility and team”, says the utility runs drinking water only.',
    );
    expect(addButton(sewer).getAttribute('aria-describedby')).toContain(
      within(sewer).getByText(/^For sewer systems/).id,
    );
    // The goals that can be added come first; the others are listed last under their heading.
    expect(library.textContent).toContain('12 library goals match; 5 more are listed last');
    const titles = within(library)
      .getAllByRole('article')
      .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
    expect(titles).toHaveLength(17);
    expect(titles.slice(0, 12)).toContain(outage.statement);
    // In the library's order: the sewer goals, with the hydrant one where it stands among them.
    expect(titles.slice(12)).toEqual(
      [sewerOnly[0], sewerOnly[1], fireFlow, sewerOnly[2], sewerOnly[3]].map(
        (template) => template?.statement,
      ),
    );
    const outages = within(library).getByRole('article', { name: outage.statement });
    expect(addButton(outages).matches(':disabled')).toBe(false);
  });

  it('keeps a goal addable with a hint while step 2 says "not sure"', async () => {
    const { user, backend, library } = await openLibrary('unknown');
    const hydrants = within(library).getByRole('article', { name: fireFlow.statement });
    expect(hydrants.textContent).toContain(
      'does not yet say whether the system has them. The review will ask before the vote.',
    );
    await user.click(addButton(hydrants));
    await waitFor(() => expect(backend.workbook.goals).toMatchObject([{ templateId: 'CS21' }]));
  });

  it('stays open to add several goals in a row, counts them, and opens the last when closed', async () => {
    const { user, backend, library } = await openLibrary('yes');
    const outages = within(library).getByRole('article', { name: outage.statement });
    await user.click(addButton(outages));
    const status = within(library).getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(`1 goal added so far. Last added: “${outage.statement}”.`),
    );
    expect(screen.getByRole('dialog', { name: 'Goal library' })).toBe(library);
    expect(outages.textContent).toContain('✓ In your goals.');
    expect(addButton(outages).textContent).toBe('Add it again');

    const pressureCard = within(library).getByRole('article', { name: pressure.statement });
    await user.click(addButton(pressureCard));
    await waitFor(() =>
      expect(status.textContent).toBe(`2 goals added so far. Last added: “${pressure.statement}”.`),
    );
    expect(backend.workbook.goals.map((goal) => goal.templateId)).toEqual(['CS4', 'CS1']);
    // No goal opened behind the library while it is still open.
    expect(screen.queryByRole('textbox', { name: 'Goal' })).toBeNull();

    await user.click(within(library).getByRole('button', { name: 'Done: word the new goals' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const last = screen.getByRole('article', { name: `Goal 2: ${pressure.statement}` });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(last).getByRole('textbox', { name: 'Goal' })),
    );
  });
});
