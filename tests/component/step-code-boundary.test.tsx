import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StepCodeBoundary } from '../../src/renderer/src/app/StepCodeBoundary';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

function BrokenStep(): never {
  throw new Error('The step could not be drawn.');
}

describe('a step whose code fails to load or draw', () => {
  it('says so inside the step, with Retry, instead of blanking the window', async () => {
    // React reports the caught error to the console; the test is about what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApi(
      <StepCodeBoundary>
        <BrokenStep />
      </StepCodeBoundary>,
      createTestApi().api,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not open this step');
    expect(alert.textContent).toContain('Your saved work is safe');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
