import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScopeStep } from '../../src/renderer/src/features/scope/ScopeStep';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openStep(backend: ReturnType<typeof createTestApi>) {
  renderWithApi(<ScopeStep focusOnShow={false} />, backend.api);
  await screen.findByRole('heading', { level: 2, name: 'Goal areas, mission and boundaries' });
}

describe('Step 2, Goal areas, mission and boundaries', () => {
  it('toggles goal area cards and saves the choice in the guidance order', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    await openStep(backend);
    const energy = screen.getByRole('checkbox', { name: 'Energy Efficiency' });
    const regulatory = screen.getByRole('checkbox', { name: 'Regulatory Requirements' });

    await user.click(regulatory);
    await user.click(energy);
    expect(energy.getAttribute('aria-checked')).toBe('true');
    await waitFor(() =>
      expect(backend.workbook.scope.value.areas).toEqual(['energy-efficiency', 'regulatory']),
    );

    await user.click(energy);
    expect(energy.getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(backend.workbook.scope.value.areas).toEqual(['regulatory']));
  });

  it('explains what a missing hydrant means and offers the sentence for the boundaries', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    await openStep(backend);
    const hydrants = screen.getByRole('radiogroup', { name: /fire hydrants/ });
    await user.click(hydrants.querySelector('input[value="no"]') as HTMLInputElement);

    expect(screen.getByText(/capital improvement plan/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add sentences from my answers' }));
    await waitFor(() =>
      expect(backend.workbook.scope.value.assetLimits).toBe(
        'We have no fire hydrants and cannot provide fire protection.',
      ),
    );
    expect(backend.workbook.scope.value.assets.fireHydrants).toBe('no');
  });

  it('adds a ready-made category statement when the user chooses statements by category', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    await openStep(backend);
    await user.click(screen.getByRole('radio', { name: /Statements by category/ }));
    await user.click(screen.getByRole('button', { name: 'Add: Water quality' }));

    await waitFor(() => expect(backend.workbook.scope.value.regulatoryCategories).toHaveLength(1));
    expect(backend.workbook.scope.value.regulatoryStyle).toBe('categories');
    expect(screen.getByRole('group', { name: 'Category statement 1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add: Water quality' })).toBeNull();
  });
});
