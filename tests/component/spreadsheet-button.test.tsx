import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SpreadsheetButton } from '../../src/renderer/src/features/export-spreadsheet/SpreadsheetButton';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

// jsdom has no object URLs; the download path needs them.
const createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);

beforeEach(() => {
  createObjectURL.mockClear();
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

function showButton() {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.name = 'Peña Water';
  });
  renderWithApi(<SpreadsheetButton />, backend.api);
  return { backend, user: userEvent.setup() };
}

const button = () => screen.getByRole('button', { name: 'Save a spreadsheet (CSV)' });

describe('SpreadsheetButton', () => {
  it('hands the CSV over as a download in the browser, byte-order mark and all', async () => {
    const { backend, user } = showButton();
    await user.click(button());
    expect(
      await screen.findByText(/Downloaded as Peña Water results \d{4}-\d{2}-\d{2}\.csv/),
    ).toBeTruthy();
    expect(backend.inputsOf('export:spreadsheet')).toEqual([undefined]);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await (blob ?? new Blob()).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('says where the desktop saved it, and opens it on request', async () => {
    const { backend, user } = showButton();
    backend.delivery.answer = 'saved';
    await user.click(button());
    expect(await screen.findByText(/^Saved as Peña Water results/)).toBeTruthy();
    expect(createObjectURL).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open it' }));
    await waitFor(() => expect(backend.inputsOf('export:openSaved')).toHaveLength(1));
  });

  it('says why when the spreadsheet could not be saved', async () => {
    const { backend, user } = showButton();
    backend.failNext('export:spreadsheet', {
      code: 'storage',
      message: 'The spreadsheet was not saved because the disk is full.',
    });
    await user.click(button());
    expect(
      await screen.findByText('The spreadsheet was not saved because the disk is full.'),
    ).toBeTruthy();
  });
});
