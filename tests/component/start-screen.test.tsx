import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { reloadPage } from '../../src/renderer/src/form-kit/reload-page';
import type { MenuCommand } from '../../src/shared/api/menu-commands';
import { entry, withLibrary } from './support/fake-library';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

vi.mock('../../src/renderer/src/form-kit/reload-page', () => ({ reloadPage: vi.fn() }));

const two = [
  entry({ key: 'first', name: 'Cedar Flats Water', open: true }),
  entry({ key: 'pine', name: 'Pine Ridge MDWCA' }),
];

function openWizard(utilities = two, mode: 'desktop' | 'browser' = 'browser') {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.name = 'Cedar Flats Water';
  });
  const library = withLibrary(backend.api, { utilities, mode });
  renderWithApi(<Wizard />, library.api);
  return { backend, library, user: userEvent.setup() };
}

const utilitiesHeading = () =>
  screen.findByRole('heading', { level: 2, name: 'Utilities and backups' });
const stepOne = () => screen.findByRole('heading', { level: 2, name: 'Utility and team' });

/** The desktop preload's File menu, played by the test. */
function fakeMenu() {
  let send: (command: MenuCommand) => void = () => undefined;
  window.losMenu = {
    onCommand: (listener) => {
      send = listener;
      return () => (send = () => undefined);
    },
  };
  return (command: MenuCommand) => act(() => send(command));
}

// jsdom cannot follow a download link; the answer on screen is what matters here.
beforeEach(() => {
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  delete window.losMenu;
  vi.restoreAllMocks();
});

describe('the start screen', () => {
  it('opens on the utilities when more than one is kept, and Continue goes to the wizard', async () => {
    const { user } = openWizard();
    expect(await utilitiesHeading()).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: '← Continue with Cedar Flats Water' }));
    expect(await stepOne()).toBeTruthy();
  });

  it('opens straight on the wizard when there is only one utility', async () => {
    openWizard(two.slice(0, 1));
    expect(await stepOne()).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Utilities and backups' })).toBeNull();
  });

  it('shows the utilities only once per window: after a switch the page reloads into the wizard', async () => {
    sessionStorage.setItem('los-builder:start-screen-shown', 'yes');
    openWizard();
    expect(await stepOne()).toBeTruthy();
  });

  it('keeps the utilities one click away in the header, with the open one’s name', async () => {
    const { user } = openWizard(two.slice(0, 1));
    await stepOne();
    const button = screen.getByRole('button', { name: /^Utility: Cedar Flats Water/ });
    expect(screen.getByRole('banner').contains(button)).toBe(true);
    await user.click(button);
    expect(await utilitiesHeading()).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save a backup…' })).toBeTruthy();
  });

  it('carries out the desktop File menu’s commands', async () => {
    const press = fakeMenu();
    const { library } = openWizard(two.slice(0, 1));
    await stepOne();

    press('save-backup');
    expect(await utilitiesHeading()).toBeTruthy();
    await waitFor(() => expect(library.inputsOf('backup:save')).toHaveLength(1));
    expect(await screen.findByText(/Downloaded as/)).toBeTruthy();

    press('export');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Signed-off agreement' }),
    ).toBeTruthy();

    press('restore-backup');
    await utilitiesHeading();
    // Browser mode has no menu; on the desktop the same command opens main's file dialog.
    expect(library.inputsOf('backup:preview')).toEqual([]);
  });

  it('on the desktop, the menu’s Restore opens main’s file dialog and New utility starts one', async () => {
    const press = fakeMenu();
    const { library } = openWizard(two.slice(0, 1), 'desktop');
    await stepOne();

    press('restore-backup');
    await waitFor(() => expect(library.inputsOf('backup:preview')).toEqual([{ pick: true }]));
    press('new-utility');
    await waitFor(() => expect(library.inputsOf('library:create')).toHaveLength(1));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
  });
});
