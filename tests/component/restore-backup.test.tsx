import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UtilitiesScreen } from '../../src/renderer/src/features/library/UtilitiesScreen';
import { reloadPage } from '../../src/renderer/src/form-kit/reload-page';
import { fail, ok } from '../../src/shared/api/result';
import { preview, summary, withLibrary, type FakeLibraryOptions } from './support/fake-library';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

vi.mock('../../src/renderer/src/form-kit/reload-page', () => ({ reloadPage: vi.fn() }));

afterEach(() => vi.mocked(reloadPage).mockClear());

function openScreen(options: FakeLibraryOptions = {}) {
  const library = withLibrary(createTestApi().api, options);
  renderWithApi(
    <UtilitiesScreen openName="Cedar Flats Water" request={null} onContinue={vi.fn()} />,
    library.api,
  );
  return { library, user: userEvent.setup() };
}

const backupFile = () =>
  new File(['{"losBackup":1}'], 'cedar-flats.losbackup', { type: 'application/octet-stream' });

/** Chooses a backup file as a browser user does, and answers the dialog it opens. */
async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('button', { name: 'Restore from a backup…' });
  await user.upload(screen.getByLabelText('Backup file to restore'), backupFile());
}

describe('restoring a backup', () => {
  it('reads the chosen file and shows what it holds before anything changes', async () => {
    const { library, user } = openScreen();
    await chooseFile(user);

    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    const details = within(dialog).getByRole('table', { name: 'What the backup holds' });
    expect(details.textContent).toContain('Cedar Flats Water');
    expect(details.textContent).toContain('NM3512345');
    expect(details.textContent).toContain('Revision 2, approved');
    expect(details.textContent).toContain(
      '8 goals · 1 approval · 40 customer entries · 1,200 complaint rows',
    );
    expect(details.textContent).toContain('with LOS Builder 0.1.0');
    expect(dialog.textContent).toContain('Restoring replaces the data here');
    expect(library.inputsOf('backup:preview')).toEqual([
      { fileName: 'cedar-flats.losbackup', fileBase64: btoa('{"losBackup":1}') },
    ]);
    expect(library.inputsOf('backup:restore')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(library.inputsOf('backup:restore')).toEqual([{ previewId: 'preview-1', as: 'replace' }]);
  });

  it('warns plainly that an older backup goes back in time, and starts on Cancel', async () => {
    const { library, user } = openScreen({ preview: () => ok(preview({ relation: 'older' })) });
    await chooseFile(user);

    const dialog = await screen.findByRole('dialog', {
      name: 'This backup is older than the data here',
    });
    expect(within(dialog).getByText(/takes this utility back to an earlier state/)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(library.inputsOf('backup:restore')).toEqual([]);
  });

  it('offers keeping a separate copy when both sides changed', async () => {
    const { library, user } = openScreen({
      preview: () => ok(preview({ relation: 'both-changed' })),
    });
    await chooseFile(user);

    const dialog = await screen.findByRole('dialog', { name: 'Both have changed' });
    expect(within(dialog).getByText(/were each changed since they last matched/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Restore over the data here' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep as a separate copy' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(library.inputsOf('backup:restore')).toEqual([{ previewId: 'preview-1', as: 'copy' }]);
  });

  it('adds a utility that is not on this computer as a new one', async () => {
    const { library, user } = openScreen({
      preview: () => ok(preview({ relation: 'new', target: null })),
    });
    await chooseFile(user);
    const dialog = await screen.findByRole('dialog', { name: 'Add this utility from the backup?' });
    await user.click(within(dialog).getByRole('button', { name: 'Add as a new utility' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(library.inputsOf('backup:restore')).toEqual([{ previewId: 'preview-1', as: 'replace' }]);
  });

  it('says there is nothing to restore when the backup matches, and only closes', async () => {
    const { user } = openScreen({ preview: () => ok(preview({ relation: 'same' })) });
    await chooseFile(user);
    const dialog = await screen.findByRole('dialog', { name: 'Nothing to restore' });
    expect(within(dialog).queryByRole('button', { name: /Restore/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a refused backup’s message beside Restore, and changes nothing', async () => {
    const message =
      'This backup is damaged: its checksum does not match what it holds. Try another copy.';
    const { library, user } = openScreen({ preview: () => fail('invalid-input', message) });
    await chooseFile(user);

    expect((await screen.findByText(message)).closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByText('This backup cannot be restored')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(library.inputsOf('backup:restore')).toEqual([]);
  });

  it('lists the automatic backups with what each holds, and restores one after its preview', async () => {
    const { library, user } = openScreen({
      backups: [
        {
          name: 'auto-2026-03-03',
          takenAt: '2026-03-03T16:12:00.000Z',
          summary: summary({ revision: 3, status: 'draft', goals: 9 }),
          problem: null,
        },
        {
          name: 'auto-2026-03-01',
          takenAt: '2026-03-01T08:00:00.000Z',
          summary: null,
          problem: 'It was cut short while being written.',
        },
      ],
    });
    expect(await screen.findByText(/Revision 3, draft · 9 goals/)).toBeTruthy();
    expect(screen.getByText('Cannot be used: It was cut short while being written.')).toBeTruthy();
    const restore = screen.getAllByRole('button', { name: /^Restore the backup of/ });
    expect(restore).toHaveLength(1);

    await user.click(restore[0] as HTMLElement);
    await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(library.inputsOf('backup:preview')).toEqual([{ automatic: 'auto-2026-03-03' }]);
  });

  it('picks the file in the desktop’s own dialog, and does nothing when it is cancelled', async () => {
    const { library, user } = openScreen({ mode: 'desktop', preview: () => ok(null) });
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup…' }));
    await waitFor(() => expect(library.inputsOf('backup:preview')).toEqual([{ pick: true }]));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('This backup cannot be restored')).toBeNull();
  });

  it('offers to undo the last restore, and reloads once it is undone', async () => {
    const { library, user } = openScreen({
      lastRestore: {
        undoId: 'undo-1',
        restoredAt: '2026-03-04T09:30:00.000Z',
        from: 'cedar-flats.losbackup',
      },
    });
    await user.click(
      await screen.findByRole('button', { name: /^Undo the restore of cedar-flats\.losbackup \(/ }),
    );
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(library.inputsOf('backup:undoRestore')).toEqual([{ undoId: 'undo-1' }]);
  });
});
