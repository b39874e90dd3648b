import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComplaintLogSection } from '../../src/renderer/src/features/customers/complaints/ComplaintLogSection';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

// The shapes of tests/fixtures/complaints (time-column-am-pm.csv, dates-only.csv,
// midnight-times.csv), written out: component tests do not read files.
const timeColumnLog = [
  'Date,Time,Category,Description,Address,Response Date,Response Time,Closed',
  '3/2/2026,8:15 AM,Pressure,Low pressure in the morning,12 Oak St,3/2/2026,10:30 AM,3/3/2026',
  '3/4/2026,1:05 PM,Pressure,Pressure drops at night,40 Elm Ave,3/4/2026,2:00 PM,3/4/2026',
  '3/9/2026,11:40 PM,Pressure,No pressure upstairs,7 Ridge Rd,3/10/2026,12:10 AM,3/12/2026',
  '3/14/2026,9:00 AM,Billing,Bill too high,9 Pine Rd,3/14/2026,9:45 AM,',
].join('\n');
const datesOnlyLog = [
  'Date Received,Category,Description,Date Responded,Date Resolved',
  '3/2/2026,Pressure,Low pressure in the morning,3/2/2026,3/4/2026',
  '3/5/2026,Pressure,Pressure drops at night,3/5/2026,3/5/2026',
  '3/9/2026,Pressure,No pressure upstairs,3/10/2026,3/11/2026',
  '3/12/2026,Pressure,Weak shower,3/12/2026,',
  '3/16/2026,Billing,Bill too high,3/17/2026,3/20/2026',
].join('\n');
const midnightLog = [
  'Opened,Type,Comments,Responded,Closed',
  '3/2/2026 0:00,Pressure,Low pressure in the morning,3/2/2026 12:00:00 AM,3/4/2026 0:00',
  '3/5/2026 0:00,Leak,Leak at the meter,3/6/2026 12:00:00 AM,',
].join('\n');

async function chooseFile(text: string) {
  const backend = createTestApi();
  const user = userEvent.setup();
  renderWithApi(
    <ComplaintLogSection approved={false} systemType="both" onChanged={vi.fn()} />,
    backend.api,
  );
  await screen.findByText('No complaint log imported yet.');
  const file = new File([text], 'log.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText<HTMLInputElement>('Complaint log file (CSV)'), file);
  await screen.findByText(/rows in the file/);
  return { backend, user };
}

const selected = (name: string) =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: new RegExp(`^${name}`) })
    .selectedOptions[0]?.textContent;

/** The sample's cells under Responded and Resolved, row by row. */
function sampleTimes(): string[][] {
  const sample = screen.getByRole('table', { name: /rows as they will be stored/ });
  return within(sample)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(2, 4)
        .map((cell) => cell.textContent ?? ''),
    );
}

function responseRow(topic: string): string[] {
  const table = screen.getByRole('table', { name: 'Response times by topic' });
  const row = within(table).getByRole('row', { name: new RegExp(topic) });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('Complaint log: times at the precision the file has', () => {
  it('reads a separate AM/PM time column, and a date-only fix as the same day', async () => {
    const { user } = await chooseFile(timeColumnLog);
    expect(selected('Date received')).toBe('Date');
    expect(selected('Time received')).toBe('Time');
    expect(selected('Time responded')).toBe('Response Time');
    expect(selected('Time resolved')).toBe('Not in this file');
    const note = screen.getByRole('group', { name: 'Times in the file' });
    expect(note.textContent).toContain('Some dates in the file have no time of day.');
    expect(note.textContent).toContain('Received: all 4 with a time of day.');
    expect(note.textContent).toContain('Resolved: all 3 with a date only.');
    expect(sampleTimes()).toEqual([
      ['after 2.3 h', 'next day'],
      ['after 55 min', 'same day'],
      ['after 30 min', 'after 3 days'],
      ['after 45 min', '—'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Import 4 rows' }));
    await screen.findByText(/4 new complaints/);
    expect(responseRow('Pressure')).toEqual(['3', '55 min', '2 h', '1 day', '3 days']);
    expect(screen.getByText(/Times in days count calendar days/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Complaints' });
    expect(list.textContent).toContain('responded in 55 min · resolved the same day');
    expect(list.textContent).toContain('responded in 30 min · resolved in 3 days');
  });

  it('counts a log of dates only in days, never in minutes', async () => {
    const { user } = await chooseFile(datesOnlyLog);
    expect(screen.getByRole('group', { name: 'Times in the file' }).textContent).toBe(
      'The file gives dates only, without times of day, so response times are counted in whole days: “same day”, “1 day”, “2 days”.',
    );
    expect(sampleTimes().slice(0, 3)).toEqual([
      ['same day', 'after 2 days'],
      ['same day', 'same day'],
      ['next day', 'after 2 days'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Import 5 rows' }));
    await screen.findByText(/5 new complaints/);
    expect(responseRow('Pressure')).toEqual(['4', 'same day', '1 day', '2 days', '2 days']);
    expect(responseRow('Billing')).toEqual(['1', '1 day', '1 day', '4 days', '4 days']);
    const table = screen.getByRole('table', { name: 'Response times by topic' });
    expect(table.textContent).not.toMatch(/\d (min|h)\b/);
  });

  it('says when every time in a column is 12:00 AM and reads those as dates', async () => {
    await chooseFile(midnightLog);
    const note = screen.getByRole('group', { name: 'Times in the file' });
    expect(note.textContent).toContain('The file gives dates only');
    expect(note.textContent).toContain(
      "Every time in column 'Opened' is 12:00 AM, which is how some programs write a date with no time, so it is read as a date only.",
    );
    expect(sampleTimes()[0]).toEqual(['same day', 'after 2 days']);
  });

  it('says a log with times everywhere is counted in hours and minutes', async () => {
    const timed = [
      'Date Received,Time Received,Category,Date Responded,Time Responded',
      '2026-04-01,07:50,Water quality,2026-04-01,09:20',
      '2026-04-03,13:00,Water quality,2026-04-03,13:30',
    ].join('\n');
    await chooseFile(timed);
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Times in the file' }).textContent).toBe(
        'The file gives a time of day for every date, so response times are counted in hours and minutes.',
      ),
    );
    expect(selected('Time received')).toBe('Time Received');
  });
});
