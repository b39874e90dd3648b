import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelName } from '../../src/renderer/src/api/other-windows';
import { switchWatchingApi } from '../../src/renderer/src/api/switch-watching-api';
import { SwitchedModal } from '../../src/renderer/src/app/SwitchedModal';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { reloadPage } from '../../src/renderer/src/form-kit/reload-page';
import { withLibrary } from './support/fake-library';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

vi.mock('../../src/renderer/src/form-kit/reload-page', () => ({ reloadPage: vi.fn() }));

afterEach(() => vi.mocked(reloadPage).mockClear());

// Once a window hears of a switch it stays switched until it reloads, as the page does: each
// test here is one such window, so each file holds only tests that end that way.
describe('a window whose utility was switched elsewhere', () => {
  it('asks to reload when a save is refused as switched, and reloads on Reload', async () => {
    const backend = createTestApi();
    const library = withLibrary(backend.api);
    const user = userEvent.setup();
    renderWithApi(
      <>
        <Wizard />
        <SwitchedModal />
      </>,
      switchWatchingApi(library.api),
    );
    const name = await screen.findByRole('textbox', { name: 'Name of the utility' });
    backend.failNext('utility:save', {
      code: 'switched',
      message: 'Another window opened a different utility. Reload this window to go on.',
    });
    await user.type(name, 'Sunny');

    const dialog = await screen.findByRole('dialog', { name: 'This window must reload' });
    expect(dialog.textContent).toContain('Another window opened a different utility.');
    const reload = within(dialog).getByRole('button', { name: 'Reload' });
    await waitFor(() => expect(document.activeElement).toBe(reload));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'This window must reload' })).toBeTruthy();
    await user.click(reload);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('names what the other window opened when it says so', async () => {
    renderWithApi(<SwitchedModal />, createTestApi().api);
    const otherWindow = new BroadcastChannel(channelName);
    otherWindow.postMessage({ switched: 'Another window opened Pine Ridge MDWCA.' });
    otherWindow.close();

    const dialog = await screen.findByRole('dialog', { name: 'This window must reload' });
    expect(dialog.textContent).toContain('Another window opened Pine Ridge MDWCA.');
  });
});
