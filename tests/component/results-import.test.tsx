import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResultsImport } from '../../src/renderer/src/features/tracking-import/ResultsImport';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';

// Approved March 14, 2027; today is June 1, 2027. Goals as printed: 1 lost water (%, yearly),
// 2 answering complaints, 3 pressure (monthly), 4 outages (at each event), 5 samples (yes or no).
const results = [
  'Goal,Month,Result,Source,Note',
  '2,Apr 2027,1,Call log,',
  '3,2027-04,30,Logger,',
  '5,Apr 2027,yes,Lab,',
  '4,05/03/2027,3,Crew log,"Main break, Elm St"',
].join('\r\n');

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Results file (CSV)');
const csvFile = (text: string) => new File([text], 'results.csv', { type: 'text/csv' });

async function openImport() {
  const backend = await approvedWithGoals();
  const onImported = vi.fn();
  renderWithApi(<ResultsImport onImported={onImported} />, backend.api);
  return { backend, onImported, user: userEvent.setup() };
}

describe('Importing results from a CSV file', () => {
  it('says what the file should look like, previews it row by row, then records it', async () => {
    const { backend, onImported, user } = await openImport();
    expect(screen.getByText(/one row per goal and period/)).toBeTruthy();
    await user.upload(fileInput(), csvFile(results));

    await screen.findByText(
      '4 rows in the file: 4 new results; 0 replace results already recorded.',
    );
    expect(screen.getByRole('combobox', { name: /^Goal/ })).toHaveProperty('value', '0');
    expect(screen.getByRole('combobox', { name: /^Period/ })).toHaveProperty('value', '1');
    // 05/03/2027 is read month first, and said in words so the reading can be checked.
    expect(screen.getByText(/Dates such as 3\/4\/2028 are read month first/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'The results as they will be recorded' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells.map((row) => row.slice(0, 4))).toEqual([
      ['2', '2', 'April 2027', '1 working day'],
      ['3', '3', 'April 2027', '30 psi'],
      ['4', '5', 'April 2027', 'yes'],
      ['5', '4', 'Monday, May 3, 2027', '3 hours'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Import 4 results' }));
    await screen.findByText('4 results from “results.csv” recorded.');
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(
      backend.workbook.tracking.actuals.map((actual) => [actual.period, actual.value]),
    ).toEqual([
      ['2027-04', 1],
      ['2027-04', 30],
      ['2027-04', 1],
      ['2027-05-03', 3],
    ]);
  });

  it('names each wrong row, allows no import, and previews again when a column is changed', async () => {
    const { backend, user } = await openImport();
    await user.upload(
      fileInput(),
      csvFile('Goal,Period,Result,Remarks\n2,Apr 2027,n/a,\n3,Q5 2027,30,Logger'),
    );
    const problems = await screen.findByRole('list', { name: 'Problems in the file' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "Row 2, Result: 'n/a' is not a number.",
      'Row 3, Period: there is no quarter Q5: quarters run from Q1 to Q4, such as 2027-Q4 or Q4 2027.',
    ]);
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);

    await user.selectOptions(screen.getByRole('combobox', { name: /^Result/ }), 'Not in this file');
    await screen.findByText('Result: choose the column that holds the figure measured.');
    await waitFor(() => expect(backend.inputsOf('tracking:previewCsv')).toHaveLength(1));
    expect(backend.inputsOf('tracking:previewCsv')[0]).toMatchObject({
      mapping: { goal: 'Goal', period: 'Period', value: null, note: 'Remarks' },
    });
  });

  it('shows the refusal main gives, and records nothing', async () => {
    const { backend, onImported, user } = await openImport();
    await user.upload(fileInput(), csvFile(results));
    await screen.findByText(/^4 rows in the file/);
    backend.failNext('tracking:importCsv', {
      code: 'invalid-input',
      message: "Nothing was imported: the file has a problem. Row 2, Result: 'x' is not a number.",
    });
    await user.click(screen.getByRole('button', { name: 'Import 4 results' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Row 2, Result: 'x' is not a number.");
    expect(onImported).not.toHaveBeenCalled();
    expect(backend.workbook.tracking.actuals).toEqual([]);
  });
});
