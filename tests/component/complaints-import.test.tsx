import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComplaintLogSection } from '../../src/renderer/src/features/customers/complaints/ComplaintLogSection';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

const header = 'Opened,Call back,Closed,Type,Comments,Address';
const firstLog = [
  header,
  '3/2/2026 8:00 AM,3/2/2026 10:00 AM,3/3/2026 8:00 AM,Low pressure,Pressure drops every evening,12 Elm St',
  '3/4/2026 9:30,3/4/2026 13:30,3/6/2026 9:30,Billing,Bill too high,4 Oak Ave',
  '3/5/2026,,,Water quality,"Brown water, kitchen tap",9 Pine Rd',
].join('\n');

function csvFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

async function openSection() {
  const backend = createTestApi();
  const onChanged = vi.fn();
  renderWithApi(
    <ComplaintLogSection approved={false} systemType="both" onChanged={onChanged} />,
    backend.api,
  );
  await screen.findByText('No complaint log imported yet.');
  return { backend, onChanged, user: userEvent.setup() };
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Complaint log file (CSV)');
const importButton = () => screen.getByRole('button', { name: /^Import/ });

describe('Complaint log: choosing and importing a CSV file', () => {
  it('keeps a first column choice when a second one is made before the first preview answers', async () => {
    const backend = createTestApi();
    const open = backend.api['complaints:open'];
    const preview = backend.api['complaints:preview'];
    // Previews answer only when the test lets them, as over a slow connection.
    const waiting: (() => void)[] = [];
    backend.api['complaints:open'] = (input) =>
      new Promise((resolve) => waiting.push(() => void open(input).then(resolve)));
    backend.api['complaints:preview'] = (input) =>
      new Promise((resolve) => waiting.push(() => void preview(input).then(resolve)));
    const user = userEvent.setup();
    renderWithApi(
      <ComplaintLogSection approved={false} systemType="both" onChanged={vi.fn()} />,
      backend.api,
    );
    await screen.findByText('No complaint log imported yet.');
    await user.upload(fileInput(), csvFile('log.csv', firstLog));
    await waitFor(() => expect(waiting).toHaveLength(1));
    waiting.shift()?.();
    await screen.findByText('3 rows in the file: 3 new rows, 0 already imported.');

    await user.selectOptions(screen.getByRole('combobox', { name: /Date responded/ }), 'Call back');
    await user.selectOptions(screen.getByRole('combobox', { name: /Location/ }), 'Comments');
    while (waiting.length > 0) waiting.shift()?.();
    await waitFor(() => expect(backend.inputsOf('complaints:preview')).toHaveLength(2));
    expect(backend.inputsOf('complaints:preview').at(-1)).toMatchObject({
      mapping: { responded: 'Call back', location: 'Comments' },
    });
    const responded = screen.getByRole<HTMLSelectElement>('combobox', { name: /Date responded/ });
    expect(responded.selectedOptions[0]?.textContent).toBe('Call back');
  });

  it('suggests the columns, previews again when one is changed, then imports every row', async () => {
    const { backend, onChanged, user } = await openSection();
    await user.upload(fileInput(), csvFile('log.csv', firstLog));

    await screen.findByText('3 rows in the file: 3 new rows, 0 already imported.');
    expect(screen.getByText('Dates are read month first: 3/4/2026 is March 4, 2026.')).toBeTruthy();
    const responded = screen.getByRole('combobox', { name: /Date responded/ });
    expect(responded).toHaveProperty('value', '');
    expect(screen.getByRole('combobox', { name: /Date received/ }).textContent).toContain('Opened');
    // Row 2's cells: row, received, responded, resolved, complaint, topic.
    const firstRowCells = () => {
      const sample = screen.getByRole('table', { name: /rows as they will be stored/ });
      const row = within(sample).getAllByRole('row')[1] as HTMLElement;
      return within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    };
    expect(firstRowCells().slice(2, 4)).toEqual(['—', 'after 24 h']);

    await user.selectOptions(responded, 'Call back');
    await waitFor(() => expect(firstRowCells().slice(2, 4)).toEqual(['after 2 h', 'after 24 h']));
    // The file was sent once; a column change sends only the columns.
    expect(backend.inputsOf('complaints:open')).toEqual([
      { fileName: 'log.csv', csvText: firstLog },
    ]);
    expect(backend.inputsOf('complaints:preview')).toEqual([
      {
        fileId: expect.any(String) as string,
        mapping: expect.objectContaining({
          received: 'Opened',
          responded: 'Call back',
          resolved: 'Closed',
        }) as object,
      },
    ]);
    expect(backend.complaintLog.rows).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await screen.findByText(/3 new complaints from “log.csv” added to the log/);
    expect(backend.complaintLog.rows.map((row) => row.responded)).toEqual([
      '2026-03-02T10:00',
      '2026-03-04T13:30',
      '',
    ]);
    const list = await screen.findByRole('list', { name: 'Complaints' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain('Pressure drops every evening');
    const imports = screen.getByRole('table', { name: 'Files imported' });
    expect(within(imports).getByRole('row', { name: /log\.csv/ }).textContent).toContain('3');
    const times = screen.getByRole('table', { name: 'Response times by topic' });
    expect(within(times).getByRole('row', { name: /Pressure/ }).textContent).toContain('2 h');
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('lists every bad row and refuses to import while there is one', async () => {
    const { backend, user } = await openSection();
    const broken = [
      'Date Received,Category',
      '3/2/2026,Pressure',
      '31/02/2026,Billing',
      '3/5/2026,Odor',
    ].join('\n');
    await user.upload(fileInput(), csvFile('broken.csv', broken));

    const problems = await screen.findByRole('list', { name: 'Problems in the file' });
    expect(problems.textContent).toContain(
      "row 3, column 'Date Received': '31/02/2026' is not a date",
    );
    expect(screen.getByText(/1 problem: nothing can be imported/)).toBeTruthy();
    expect(importButton()).toHaveProperty('disabled', true);
    expect(backend.inputsOf('complaints:import')).toHaveLength(0);
  });

  it('says which column is missing and waits for it before checking rows', async () => {
    const { user } = await openSection();
    await user.upload(fileInput(), csvFile('log.csv', firstLog));
    await screen.findByText('3 rows in the file: 3 new rows, 0 already imported.');

    await user.selectOptions(
      screen.getByRole('combobox', { name: /Date received/ }),
      'Not in this file',
    );
    expect(await screen.findByText(/Date received: choose the column/)).toBeTruthy();
    expect(screen.queryByText(/rows in the file/)).toBeNull();
    expect(importButton()).toHaveProperty('disabled', true);
  });

  it('adds nothing when the same file is chosen again, and only the new rows of a longer file', async () => {
    const { backend, user } = await openSection();
    await user.upload(fileInput(), csvFile('log.csv', firstLog));
    await user.click(await screen.findByRole('button', { name: 'Import 3 rows' }));
    await screen.findByText(/3 new complaints/);

    await user.upload(fileInput(), csvFile('log.csv', firstLog));
    await screen.findByText('3 rows in the file: 0 new rows, 3 already imported.');
    expect(screen.getByText(/importing it again would add nothing/)).toBeTruthy();
    expect(importButton()).toHaveProperty('disabled', true);

    const longer = `${firstLog}\n3/9/2026,,,Leak,Leak at the meter,1 Ash Ct`;
    await user.upload(fileInput(), csvFile('log-april.csv', longer));
    await screen.findByText('4 rows in the file: 1 new row, 3 already imported.');
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    await screen.findByText(/1 new complaint from “log-april.csv” added to the log; 3 rows were/);
    expect(backend.complaintLog.rows).toHaveLength(4);
    expect(backend.complaintLog.imports.map((item) => [item.fileName, item.rows])).toEqual([
      ['log.csv', 3],
      ['log-april.csv', 1],
    ]);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const { backend, user } = await openSection();
    const huge = csvFile('all-years.csv', firstLog);
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(fileInput(), huge);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      '“all-years.csv” is 25.0 MB, larger than the 20.0 MB LOS Builder reads at once. Split it by year and import each part.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(backend.inputsOf('complaints:open')).toHaveLength(0);
  });

  it('asks for the file again once LOS Builder has let it go', async () => {
    const { backend, user } = await openSection();
    await user.upload(fileInput(), csvFile('log.csv', firstLog));
    await screen.findByText('3 rows in the file: 3 new rows, 0 already imported.');
    // Another window chose a file: only one is kept open, so this one is let go.
    await backend.otherWindow['complaints:open']({ fileName: 'other.csv', csvText: firstLog });

    await user.selectOptions(screen.getByRole('combobox', { name: /Date responded/ }), 'Call back');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be imported');
    expect(alert.textContent).toContain('Choose the file again.');
    expect(screen.getByText('log.csv')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose another file…' })).toBeTruthy();
    expect(backend.complaintLog.rows).toHaveLength(0);
  });

  it('says plainly when the file is not a CSV at all', async () => {
    const { user } = await openSection();
    await user.upload(fileInput(), csvFile('empty.csv', ''));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be imported');
    expect(alert.textContent).toMatch(/empty/i);
  });
});
