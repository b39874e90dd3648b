import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

const stepTwoTitle = 'Goal areas, mission and boundaries';

describe('the wizard', () => {
  it('reopens on the step saved last time and lists only the steps that exist', async () => {
    const backend = createTestApi((workbook) => {
      workbook.wizard = { currentStep: 'review' };
    });
    renderWithApi(<Wizard />, backend.api);

    expect(await screen.findByRole('heading', { level: 2, name: 'Review' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Name of the utility' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect([...nav.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      expect.stringContaining('Utility and team'),
      expect.stringContaining(stepTwoTitle),
      expect.stringContaining('Internal goals'),
      expect.stringContaining('Customers'),
      expect.stringContaining('External goals'),
      expect.stringContaining('Review'),
      expect.stringContaining('Board approval'),
      expect.stringContaining('Signed-off agreement'),
    ]);
    expect(screen.getByRole('button', { name: 'Next: Board approval →' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '← Back: External goals' })).toBeTruthy();
  });

  it('saves a pending edit before moving on, then remembers the new step', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await user.type(await screen.findByRole('textbox', { name: 'Name of the utility' }), 'Sunny');
    await user.click(screen.getByRole('button', { name: `Next: ${stepTwoTitle} →` }));

    expect(await screen.findByRole('heading', { level: 2, name: stepTwoTitle })).toBeTruthy();
    const order = backend.calls
      .map((call) => call.method)
      .filter((m) => m.endsWith('save') || m === 'wizard:setStep');
    expect(order).toEqual(['utility:save', 'wizard:setStep']);
    expect(backend.workbook.utility.value.name).toBe('Sunny');
    await waitFor(() => expect(backend.workbook.wizard.currentStep).toBe('scope'));
    expect(screen.getByRole('banner').textContent).toContain('Sunny');
  });

  it('stays on the step while a field is invalid, and says why', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('textbox', { name: 'Name of the utility' });
    await user.type(screen.getByRole('textbox', { name: 'Connections' }), '2.5');
    await user.click(screen.getByRole('button', { name: `Next: ${stepTwoTitle} →` }));

    expect(await screen.findByText(/Fix the field marked in red/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Utility and team' })).toBeTruthy();
    expect(backend.workbook.wizard.currentStep).toBe('utility');
  });

  it('shows start-up notices until the user dismisses them', async () => {
    const backend = createTestApi();
    backend.notices.push({ level: 'warning', message: 'Your work was restored from the backup.' });
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);

    expect(await screen.findByText('Your work was restored from the backup.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText('Your work was restored from the backup.')).toBeNull();
  });

  it('explains a failed start and opens once Retry works', async () => {
    const backend = createTestApi();
    backend.failNext('wizard:get', { code: 'internal', message: 'The service is not answering.' });
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);

    expect(await screen.findByText('The service is not answering.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Utility and team' })).toBeTruthy();
  });
});
