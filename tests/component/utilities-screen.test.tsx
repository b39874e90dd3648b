import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName } from '../../src/renderer/src/api/other-windows';
import { UtilitiesScreen } from '../../src/renderer/src/features/library/UtilitiesScreen';
import { reloadPage } from '../../src/renderer/src/form-kit/reload-page';
import { entry, withLibrary, type FakeLibraryOptions } from './support/fake-library';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

vi.mock('../../src/renderer/src/form-kit/reload-page', () => ({ reloadPage: vi.fn() }));

const twelve = [
  entry({
    key: 'first',
    name: 'Cedar Flats Water',
    systemId: 'NM3512345',
    open: true,
    standing: { status: 'approved', revision: 2, approvedRevision: 2, reviewDue: '2099-03-14' },
  }),
  entry({
    key: 'pine',
    name: 'Pine Ridge MDWCA',
    systemId: 'NM3500077',
    standing: { status: 'draft', revision: 3, approvedRevision: 2, reviewDue: '2020-05-01' },
  }),
  entry({
    key: 'blank',
    lastChange: null,
    standing: { status: 'empty', revision: 1, approvedRevision: null, reviewDue: null },
  }),
  entry({
    key: 'gulch',
    name: 'Dry Gulch Sewer',
    standing: { status: 'unreadable', revision: 1, approvedRevision: null, reviewDue: null },
  }),
  ...Array.from({ length: 8 }, (_, index) => entry({ key: `u${index}`, name: `Utility ${index}` })),
];

function openScreen(options: FakeLibraryOptions = { utilities: twelve }) {
  const library = withLibrary(createTestApi().api, options);
  const onContinue = vi.fn();
  renderWithApi(
    <UtilitiesScreen openName="Cedar Flats Water" request={null} onContinue={onContinue} />,
    library.api,
  );
  return { library, onContinue, user: userEvent.setup() };
}

const itemOf = (name: string) => screen.getByRole('listitem', { name });

// jsdom has no object URLs; the download path needs them.
const createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);
beforeEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(reloadPage).mockClear();
});

describe('the utilities screen', () => {
  it('lists every utility with its system ID, last change and where its agreement stands', async () => {
    openScreen();
    const list = await screen.findByRole('list', { name: 'Utilities on this computer' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);

    const cedar = itemOf('Cedar Flats Water');
    expect(cedar.textContent).toContain('System ID NM3512345');
    expect(cedar.textContent).toContain('Approved revision 2');
    expect(cedar.textContent).toContain('Annual review due March 14, 2099');
    expect(cedar.textContent).toMatch(/Last change \d+ Mar 2026 at \d\d:\d\d/);
    const pine = itemOf('Pine Ridge MDWCA');
    expect(pine.textContent).toContain('Draft revision 3 (revision 2 is approved)');
    expect(pine.textContent).toContain('Annual review overdue: it was due May 1, 2020');
    const blank = itemOf('Unnamed utility');
    expect(blank.textContent).toContain('Nothing saved yet');
    expect(blank.textContent).toContain('No system ID yet');
    expect(blank.textContent).not.toContain('Last change');
    expect(itemOf('Dry Gulch Sewer').textContent).toContain('Cannot be read');
  });

  it('opens another utility with one click, tells the other windows and reloads', async () => {
    const { library, user } = openScreen();
    const heard: unknown[] = [];
    const otherWindow = new BroadcastChannel(channelName);
    otherWindow.onmessage = (event: MessageEvent) => heard.push(event.data);

    await user.click(await screen.findByRole('button', { name: 'Open Pine Ridge MDWCA' }));

    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(library.inputsOf('library:open')).toEqual([{ key: 'pine' }]);
    await waitFor(() =>
      expect(heard).toEqual([{ switched: 'Another window opened Pine Ridge MDWCA.' }]),
    );
    otherWindow.close();
  });

  it('marks the open one "Open now", and says why it cannot be removed', async () => {
    openScreen();
    const row = within(await screen.findByRole('listitem', { name: 'Cedar Flats Water' }));
    expect(row.getByText('Open now')).toBeTruthy();
    expect(row.queryByRole('button', { name: /^Open/ })).toBeNull();
    const remove = row.getByRole('button', { name: 'Remove Cedar Flats Water' });
    expect(remove).toHaveProperty('disabled', true);
    expect(remove.getAttribute('aria-describedby')).toBeTruthy();
    const why = document.getElementById(remove.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toContain('The utility open now cannot be removed');
  });

  it('removes another utility to the removed ones, with Put back ready at the keyboard', async () => {
    const { library, user } = openScreen();
    await user.click(await screen.findByRole('button', { name: 'Remove Pine Ridge MDWCA' }));

    const putBack = await screen.findByRole('button', { name: 'Put back Pine Ridge MDWCA' });
    await waitFor(() => expect(document.activeElement).toBe(putBack));
    expect(screen.queryByRole('listitem', { name: 'Pine Ridge MDWCA' })).toBeNull();
    expect(library.inputsOf('library:remove')).toEqual([{ key: 'pine' }]);
    expect(screen.getByText(/Pine Ridge MDWCA was moved to Removed utilities/)).toBeTruthy();

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('listitem', { name: 'Pine Ridge MDWCA' })).toBeTruthy();
    expect(library.inputsOf('library:undoRemove')).toEqual([{ removalId: 'removed-pine' }]);
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('starts a new utility and reloads on it', async () => {
    const { library, user } = openScreen();
    await user.click(await screen.findByRole('button', { name: '+ New utility' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(library.inputsOf('library:create')).toEqual([undefined]);
  });

  it('says what went wrong near the list when a utility cannot be opened, and stays', async () => {
    const { library, user } = openScreen();
    library.refuseNext('library:open', {
      code: 'storage',
      message: 'Pine Ridge MDWCA cannot be read: its file is damaged. Restore it from a backup.',
    });
    await user.click(await screen.findByRole('button', { name: 'Open Pine Ridge MDWCA' }));
    const alert = await screen.findByText(/its file is damaged/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('saves a backup as a browser download and says what was saved', async () => {
    const { library, user } = openScreen();
    await user.click(await screen.findByRole('button', { name: 'Save a backup…' }));
    expect(await screen.findByText(/Downloaded as Cedar Flats Water\.losbackup/)).toBeTruthy();
    expect(library.inputsOf('backup:save')).toEqual([undefined]);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('shows the data folder, with Show in folder on the desktop', async () => {
    const { library, user } = openScreen({ utilities: twelve, mode: 'desktop' });
    expect(await screen.findByText('/home/maria/.config/LOS Builder')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(library.inputsOf('library:showFolder')).toHaveLength(1));
  });

  it('goes back to the wizard on Continue', async () => {
    const { onContinue, user } = openScreen();
    await user.click(screen.getByRole('button', { name: '← Continue with Cedar Flats Water' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
