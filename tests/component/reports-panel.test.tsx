import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportsPanel } from '../../src/renderer/src/features/reports/ReportsPanel';
import { sampleToday } from '../support/sample-today';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';

const createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);

/** Approved March 14, 2027; today June 1, 2027. Goal 3 (pressure, at least 25 psi) missed in April. */
async function showReports() {
  const backend = await approvedWithGoals();
  await okValue(
    backend.api['tracking:saveActuals']({
      entries: [
        { goalId: 'g-pressure', period: '2027-03', value: 26, source: '', note: '' },
        { goalId: 'g-pressure', period: '2027-04', value: 22, source: '', note: '' },
      ],
    }),
  );
  renderWithApi(<ReportsPanel />, backend.api);
  await screen.findByRole('heading', { level: 3, name: 'Report card for customers' });
  return { backend, user: userEvent.setup() };
}

describe('Reports', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() });
    createObjectURL.mockClear();
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.useRealTimers());

  it('keeps what the utility will do about a miss, and prints the card in Spanish', async () => {
    const { backend, user } = await showReports();
    expect(
      screen.getByText(/One goal for customers missed the target in 2027 so far/),
    ).toBeTruthy();
    expect(
      screen.getByText('Target at least 25 psi. Target met in 1 of the 2 months measured.'),
    ).toBeTruthy();
    const field = screen.getByRole('textbox', { name: /What we will do \(goal 3, 2027\)/ });
    await user.type(field, 'Un tanque & más "presión".');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved for the report card.')).toBeTruthy();
    expect(backend.workbook.tracking.followUps).toMatchObject([
      { goalId: 'g-pressure', year: 2027, text: 'Un tanque & más "presión".' },
    ]);

    const card = screen.getByRole('region', { name: 'Report card for customers' });
    await user.click(within(card).getByRole('radio', { name: 'Spanish (Español)' }));
    await user.click(screen.getByRole('button', { name: 'Save the report card (PDF)' }));
    const question = await screen.findByRole('dialog', {
      name: 'Some passages have no Spanish yet',
    });
    await user.click(
      within(question).getByRole('button', { name: 'Print with these passages marked in English' }),
    );
    expect(await screen.findByText(/Downloaded as How we did in 2027 \(Spanish\) - /)).toBeTruthy();
    expect(backend.inputsOf('export:reportCardPdf')).toEqual([{ year: 2027, language: 'es' }]);
    expect(backend.inputsOf('export:check')).toEqual([
      { revision: 1, document: 'reports', language: 'es' },
      { revision: 1, document: 'reports', language: 'es' },
    ]);
  });

  it('says why a follow-up was not saved, naming the field', async () => {
    const { backend, user } = await showReports();
    backend.failNext('report:saveFollowUp', {
      code: 'invalid-input',
      message: 'What we will do is too long: shorten it to 600 characters or fewer.',
      fields: { text: 'Too long.' },
    });
    await user.type(screen.getByRole('textbox', { name: /What we will do/ }), 'Fix it.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'What we will do is too long: shorten it to 600 characters or fewer.',
      ),
    ).toBeTruthy();
    expect(backend.workbook.tracking.followUps).toEqual([]);
  });

  it('prints the board report for the chosen quarter, and keeps the spreadsheet here', async () => {
    const { backend, user } = await showReports();
    const section = screen.getByRole('region', { name: 'Report to the board' });
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Period the report covers' }),
      'January–March 2027',
    );
    await user.click(within(section).getByRole('button', { name: 'Save the board report (PDF)' }));
    await waitFor(() =>
      expect(backend.inputsOf('export:boardReportPdf')).toEqual([
        { period: '2027-Q1', language: 'en' },
      ]),
    );
    expect(await screen.findByText(/Downloaded as Board report - .* - 2027-Q1\.pdf/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save a spreadsheet (CSV)' })).toBeTruthy();
  });
});
