import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/main/messages/refusal';
import type { SaidNotice } from '../../src/main/said-notice';
import { createDispatcher } from '../../src/main/transport/dispatch';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import type { Api } from '../../src/shared/api/contract';
import { methodNames } from '../../src/shared/api/methods';
import { emptyWorkbook } from '../../src/shared/domain/workbook';
import { createMemoryBackend } from '../support/memory-backend';
import { renderWithApi } from './support/render';

// Main words its start-up notices for the window that asks; after a switch of language the
// notices on screen are asked for again and read in the new one, and one dismissed stays so.

const notices: SaidNotice[] = [
  {
    level: 'warning',
    saying: refusal('refusals.backupFailed', { folder: '/data/backups', code: 'ENOSPC' }),
  },
  {
    level: 'warning',
    saying: refusal('refusals.openedInstead', {
      named: 'yes',
      name: 'Pine Hollow',
      problem: refusal('refusals.newerData', { format: 99 }),
    }),
  },
];

/** Main's real handlers, called as the preload calls them: with the page's `lang`. */
function pageApi(): Api {
  const backend = createMemoryBackend({ workbook: emptyWorkbook(), notices: () => notices });
  const dispatch = createDispatcher(backend.handlers, { checkOutputs: true });
  const entries = methodNames.map((method) => [
    method,
    async (input?: unknown) =>
      structuredClone(
        await dispatch(method, structuredClone(input), {
          language: document.documentElement.lang === 'es' ? 'es' : 'en',
        }),
      ),
  ]);
  // The dispatcher parses every input and checks every answer against the contract.
  return Object.fromEntries(entries) as Api;
}

const backupFailed =
  'LOS Builder could not make its automatic backup in /data/backups: the disk is full. Your work is still saved; until this is fixed, no new backups are made. Free some space.';
const openedInstead =
  '"Pine Hollow" could not be opened, so another utility was opened instead. This data was saved by a newer version of LOS Builder (format 99). Install the newer version to open it; the file was not changed. Then open it again from the Utilities screen.';
const openedInsteadEs =
  'No se pudo abrir "Pine Hollow", así que se abrió otro sistema. Estos datos se guardaron con una versión más nueva de LOS Builder (formato 99). Instale la versión más nueva para abrirlos; el archivo no se cambió. Luego vuelva a abrirlo desde la pantalla de Sistemas.';

describe('start-up notices after a switch of language', () => {
  it('are read again in Spanish, and one dismissed stays dismissed', async () => {
    const user = userEvent.setup();
    renderWithApi(<Wizard />, pageApi());
    expect(await screen.findByText(openedInstead)).toBeTruthy();
    expect(screen.getByText(backupFailed)).toBeTruthy();
    // Dismiss the first (the backup); the second stays.
    await user.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]!);
    expect(screen.queryByText(backupFailed)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Español' }));

    expect(await screen.findByText(openedInsteadEs)).toBeTruthy();
    expect(screen.queryByText(openedInstead)).toBeNull();
    expect(screen.queryByText(/copia de respaldo automática/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(openedInstead)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(openedInsteadEs)).toBeNull());
  });
});
