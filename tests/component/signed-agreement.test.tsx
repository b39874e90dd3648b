import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import type { Workbook } from '../../src/shared/domain/workbook';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { createTestApi, type TestApi } from './support/test-api';
import { openTheSteps } from './support/open-steps';
import { renderWithApi } from './support/render';

async function openSigned(
  approve = true,
  seed: (workbook: Workbook) => void = () => undefined,
): Promise<TestApi> {
  const backend = createTestApi((workbook) => {
    readyForVote(workbook);
    workbook.meeting.value = recordedMeeting();
    workbook.wizard = { currentStep: 'signed-agreement' };
    seed(workbook);
  });
  if (approve) {
    const approved = await backend.api['approval:approve']();
    if (!approved.ok) throw new Error(approved.error.message);
  }
  renderWithApi(<Wizard />, backend.api);
  if (approve) await openTheSteps();
  await screen.findByRole('heading', { level: 2, name: 'Signed-off agreement' });
  return backend;
}

// jsdom has no object URLs; the download path needs them (and the CSP allows blob: in the app).
const createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);
const revokeObjectURL = vi.fn();
let clicked: HTMLAnchorElement[] = [];

beforeEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  clicked = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  createObjectURL.mockClear();
});

describe('Step 8, Signed-off agreement', () => {
  it('explains that the board approves first, and offers the draft PDF', async () => {
    const backend = await openSigned(false);
    expect(
      screen.getByText(/once the board approves it on step \d, “Board approval”/),
    ).toBeTruthy();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Draft PDF for the board packet' }));
    await waitFor(() =>
      expect(backend.inputsOf('export:agreementPdf')).toEqual([{ revision: null, language: 'en' }]),
    );
  });

  it('lists the approved version with its fingerprint, short and in full', async () => {
    const backend = await openSigned();
    const version = backend.workbook.approvals[0];
    const card = screen.getByRole('article', { name: 'Revision 1' });
    expect(card.textContent).toContain('Resolution No. 2027-3');
    expect(card.textContent).toContain('Carried 4–1.');
    const short = (version?.fingerprint ?? '').slice(0, 16).toUpperCase().match(/.{4}/g)?.join('-');
    expect(within(card).getByText(short ?? 'missing')).toBeTruthy();
    expect(card.textContent?.replace(/\s/g, '')).toContain(version?.fingerprint.toUpperCase());
  });

  it('hands a browser download over as a file with the name main gave it', async () => {
    const backend = await openSigned();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save the agreement PDF' }));

    expect(
      await screen.findByText(/Downloaded as LOS Agreement - Cedar Flats Water - revision 1\.pdf/),
    ).toBeTruthy();
    expect(backend.inputsOf('export:agreementPdf')).toEqual([{ revision: 1, language: 'en' }]);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('application/pdf');
    expect(await blob?.text()).toBe('%PDF-1.7');
    expect(clicked.map((link) => [link.download, link.href])).toEqual([
      ['LOS Agreement - Cedar Flats Water - revision 1.pdf', 'blob:test/8'],
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('says where a desktop export was saved, and opens it to print on request', async () => {
    const backend = await openSigned();
    backend.delivery.answer = 'saved';
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Spanish (Español)' }));
    await user.click(screen.getByRole('button', { name: 'Save the customer summary' }));
    // The goals have no Spanish wording: the user agrees to their English, marked as such.
    const question = await screen.findByRole('dialog', {
      name: 'Some passages have no Spanish yet',
    });
    await user.click(
      within(question).getByRole('button', { name: 'Print with these passages marked in English' }),
    );

    expect(
      await screen.findByText(
        'Saved as LOS Customer Summary - Cedar Flats Water - revision 1 (Spanish).pdf',
      ),
    ).toBeTruthy();
    expect(backend.inputsOf('export:customerSummaryPdf')).toEqual([
      { revision: 1, language: 'es' },
    ]);
    expect(createObjectURL).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open it to print' }));
    await waitFor(() => expect(backend.inputsOf('export:openSaved')).toHaveLength(1));

    backend.delivery.answer = 'cancelled';
    await user.click(screen.getByRole('button', { name: 'Save the agreement PDF' }));
    await waitFor(() => expect(screen.queryByText(/^Saved as/)).toBeNull());
    expect(backend.delivery.fileNames.at(-1)).toBe(
      'LOS Agreement - Cedar Flats Water - revision 1.pdf',
    );
  });

  it('warns of text the PDF cannot print, and exports only when the user says so', async () => {
    const backend = await openSigned(true, (workbook) => {
      const external = workbook.goals[1];
      if (external) external.customerBasis = 'Members asked for it 水 🙂';
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save the agreement PDF' }));
    let dialog = await screen.findByRole('dialog', { name: 'Some characters cannot be printed' });
    expect(dialog.textContent).toContain('Goal 2, What customers said: 水🙂');

    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.inputsOf('export:agreementPdf')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save the agreement PDF' }));
    dialog = await screen.findByRole('dialog', { name: 'Some characters cannot be printed' });
    await user.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    await waitFor(() =>
      expect(backend.inputsOf('export:agreementPdf')).toEqual([{ revision: 1, language: 'en' }]),
    );
  });

  it('checks a printed copy: the version it matches, or plainly none', async () => {
    const backend = await openSigned();
    const fingerprint = backend.workbook.approvals[0]?.fingerprint ?? '';
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Check a printed copy' });
    const field = within(form).getByRole('textbox', { name: 'Fingerprint on the printed copy' });

    await user.type(field, `${fingerprint.slice(0, 4)} ${fingerprint.slice(4, 12).toUpperCase()}`);
    await user.click(within(form).getByRole('button', { name: 'Check this copy' }));
    expect(await within(form).findByText('This copy matches revision 1')).toBeTruthy();
    expect(form.textContent).toContain('Resolution No. 2027-3');

    await user.clear(field);
    const other = fingerprint.startsWith('0') ? '1111-1111' : '0000-0000';
    await user.type(field, `${other}{Enter}`);
    expect(await within(form).findByText('It matches none of the approved versions')).toBeTruthy();
  });
});
