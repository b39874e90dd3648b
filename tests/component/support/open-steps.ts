import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * An approved agreement opens on its goal results; a test of a step goes on to the steps, as a
 * person does, with the button on that screen.
 */
export async function openTheSteps(): Promise<void> {
  const button = await screen.findByRole('button', { name: 'Open the agreement’s steps (1 to 8)' });
  await userEvent.setup().click(button);
}
