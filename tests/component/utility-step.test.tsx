import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UtilityStep } from '../../src/renderer/src/features/utility/UtilityStep';
import type { UtilityProfile } from '../../src/shared/domain/utility';
import { createTestApi } from './support/test-api';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';

function savedValues(backend: ReturnType<typeof createTestApi>): UtilityProfile[] {
  return backend
    .inputsOf('utility:save')
    .map((input) => (input as { value: UtilityProfile }).value);
}

async function openStep(backend: ReturnType<typeof createTestApi>) {
  renderWithApi(<UtilityStep focusOnShow={false} onNameSaved={() => undefined} />, backend.api);
  return screen.findByRole('textbox', { name: 'Name of the utility' });
}

describe('Step 1, Utility and team', () => {
  it('saves the typed name once the typing pauses, in one save', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    await user.type(await openStep(backend), 'Sunny Acres');

    await waitFor(() => expect(backend.workbook.utility.value.name).toBe('Sunny Acres'));
    expect(savedValues(backend).map((value) => value.name)).toEqual(['Sunny Acres']);
    expect(screen.getByRole('status').textContent).toContain('All changes saved');
  });

  it('shows the schema message for a fractional connections count and saves the other fields', async () => {
    const backend = createTestApi((workbook) => {
      workbook.utility = { rev: 4, value: { ...workbook.utility.value, connections: 250 } };
    });
    const user = userEvent.setup();
    const name = await openStep(backend);
    const connections = screen.getByRole('textbox', { name: 'Connections' });
    await user.clear(connections);
    await user.type(connections, '12.5');
    await user.type(name, 'Sunny Acres');

    expect(
      await screen.findByText('Connections must be a whole number, such as 250.'),
    ).toBeTruthy();
    await waitFor(() => expect(backend.workbook.utility.value.name).toBe('Sunny Acres'));
    expect(savedValues(backend).every((value) => value.connections === 250)).toBe(true);
    expect(backend.workbook.utility.value.connections).toBe(250);
    expect(screen.getByRole('status').textContent).toContain(
      'Not saved: fix the field marked in red',
    );

    await user.clear(connections);
    await user.type(connections, '300');
    await waitFor(() => expect(backend.workbook.utility.value.connections).toBe(300));
    expect(screen.getByRole('status').textContent).toContain('All changes saved');
  });

  it('never saves a too-long board member name, and saves the row once it is fixed', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    await openStep(backend);
    await user.click(await screen.findByRole('button', { name: 'Add a board member' }));
    const row = screen.getByRole('group', { name: 'Board member 1' });
    const rowName = row.querySelector('input') as HTMLInputElement;
    await user.click(rowName);
    await user.paste('x'.repeat(130));

    expect(await screen.findByText(/Board member name is too long/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Not saved'));
    // The row may have been saved empty before the paste; the long name never is.
    expect(backend.workbook.utility.value.board.every((member) => member.name === '')).toBe(true);

    await user.clear(rowName);
    await user.type(rowName, 'Maria Lopez');
    await waitFor(() =>
      expect(backend.workbook.utility.value.board.map((member) => member.name)).toEqual([
        'Maria Lopez',
      ]),
    );
    expect(backend.workbook.utility.value.board[0]?.office).toBe('president');
  });

  it('shows a failed save with Retry, which sends the edit again and then shows it saved', async () => {
    const backend = createTestApi();
    backend.failNext('utility:save', { code: 'storage', message: 'The disk is full.' });
    const user = userEvent.setup();
    await user.type(await openStep(backend), 'Sunny Acres');

    expect(await screen.findByText(/Could not save: The disk is full\./)).toBeTruthy();
    expect(backend.workbook.utility.value.name).toBe('');
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: 'Name of the utility' }).value,
    ).toBe('Sunny Acres');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('All changes saved'),
    );
    expect(savedValues(backend).map((value) => value.name)).toEqual(['Sunny Acres', 'Sunny Acres']);
    expect(backend.workbook.utility.value.name).toBe('Sunny Acres');
  });

  it('keeps what was typed when another window changed the same field, and takes that version on request', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    const name = await openStep(backend);
    const { rev, value } = backend.workbook.utility;
    await okValue(
      backend.otherWindow['utility:save']({ rev, value: { ...value, name: 'Changed Elsewhere' } }),
    );
    await user.type(name, 'Mine');

    const notice = await screen.findByRole('alert', {
      name: 'Not saved — changed in another window',
    });
    expect(backend.workbook.utility.value.name).toBe('Changed Elsewhere');
    expect((name as HTMLInputElement).value).toBe('Mine');
    await user.click(within(notice).getByRole('button', { name: 'Use the other window’s' }));

    expect((name as HTMLInputElement).value).toBe('Changed Elsewhere');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('All changes saved'),
    );
  });

  it('lists what is missing and drops an item once it is filled in', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    const name = await openStep(backend);
    const list = screen.getByRole('region', { name: 'To finish this step' });
    expect(list.textContent).toContain("Type the utility's name.");

    await user.type(name, 'Sunny Acres');
    expect(list.textContent).not.toContain("Type the utility's name.");
    expect(list.textContent).toContain('Add the board members.');
  });
});
