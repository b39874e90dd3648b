import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OutageLogPanel } from '../../src/renderer/src/features/outages/OutageLogPanel';
import type { OutageEntry } from '../../src/shared/domain/tracking/outage-entry';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';

const mainBreak: OutageEntry = {
  startDate: '2027-05-14',
  startTime: '06:40',
  endDate: '2027-05-14',
  endTime: '11:15',
  planned: false,
  noticeHours: null,
  customersAffected: 85,
  note: 'Main break on Elm St',
};

async function openLog(saved: OutageEntry[] = []) {
  const backend = createTestApi();
  for (const outage of saved) {
    await okValue(backend.otherWindow['outages:save']({ id: null, outage }));
  }
  renderWithApi(<OutageLogPanel />, backend.api);
  await screen.findByRole('heading', { name: 'The log, newest first' });
  return { backend, user: userEvent.setup() };
}

describe('The outage log', () => {
  it('adds an outage typed as people type it, and lists it in words', async () => {
    const { backend, user } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Add an outage' }));
    const form = screen.getByRole('form', { name: 'Add an outage' });
    await user.type(within(form).getByRole('textbox', { name: 'Date it began' }), '5/20/2027');
    await user.type(
      within(form).getByRole('textbox', { name: 'Time it began (optional)' }),
      '9:00 am',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Date service came back (optional)' }),
      '5/20/2027',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Time service came back (optional)' }),
      '3:30 PM',
    );
    await user.click(within(form).getByRole('radio', { name: /^Planned/ }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Hours of notice given (optional)' }),
      '48',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Where and why (optional)' }),
      'Valve work',
    );
    await user.click(within(form).getByRole('button', { name: 'Save this outage' }));

    expect(await screen.findByText('Thursday, May 20, 2027, 9:00 AM to 3:30 PM')).toBeTruthy();
    expect(
      screen.getByText('Hours of notice given: 2 days. Customers affected: not recorded.'),
    ).toBeTruthy();
    expect(backend.workbook.tracking.outages).toEqual([
      expect.objectContaining({
        startTime: '09:00',
        endTime: '15:30',
        planned: true,
        noticeHours: 48,
        customersAffected: null,
      }),
    ]);
  });

  it('names each field to fix and how, and saves nothing', async () => {
    const { backend, user } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Add an outage' }));
    const form = screen.getByRole('form', { name: 'Add an outage' });
    await user.type(
      within(form).getByRole('textbox', { name: 'Time it began (optional)' }),
      '25:00',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Customers affected (optional)' }),
      'many',
    );
    await user.click(within(form).getByRole('button', { name: 'Save this outage' }));

    expect(
      within(form).getByText('Date it began: enter the day service stopped, such as 3/14/2028.'),
    ).toBeTruthy();
    expect(
      within(form).getByText(
        'Time it began: “25:00” is not a time of day; write it such as 2:05 PM or 14:05, or leave it empty.',
      ),
    ).toBeTruthy();
    expect(
      within(form).getByText('Planned or unplanned: choose planned or unplanned.'),
    ).toBeTruthy();
    expect(
      within(form).getByText('Customers affected must be a number, such as 120.'),
    ).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('Nothing was saved');
    expect(backend.workbook.tracking.outages).toEqual([]);
  });

  it('refuses an end before the start under the end date', async () => {
    const { user } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Add an outage' }));
    const form = screen.getByRole('form', { name: 'Add an outage' });
    await user.type(within(form).getByRole('textbox', { name: 'Date it began' }), '5/20/2027');
    await user.type(
      within(form).getByRole('textbox', { name: 'Date service came back (optional)' }),
      '5/19/2027',
    );
    await user.click(within(form).getByRole('radio', { name: /^Unplanned/ }));
    await user.click(within(form).getByRole('button', { name: 'Save this outage' }));
    expect(
      within(form).getByText('Date service came back is before the date it began: check both.'),
    ).toBeTruthy();
  });

  it('changes an outage in place', async () => {
    const { backend, user } = await openLog([mainBreak]);
    await user.click(screen.getByRole('button', { name: 'Change the outage of May 14, 2027' }));
    const form = screen.getByRole('form', { name: 'Change this outage' });
    const customers = within(form).getByRole('textbox', { name: 'Customers affected (optional)' });
    expect((customers as HTMLInputElement).value).toBe('85');
    await user.clear(customers);
    await user.type(customers, '90');
    await user.click(within(form).getByRole('button', { name: 'Save the changes' }));
    expect(
      await screen.findByText('Hours of notice given: not recorded. Customers affected: 90.'),
    ).toBeTruthy();
    expect(backend.workbook.tracking.outages).toHaveLength(1);
  });

  it('deletes an outage, and Undo puts it back', async () => {
    const { backend, user } = await openLog([mainBreak]);
    await user.click(screen.getByRole('button', { name: 'Delete the outage of May 14, 2027' }));
    expect(await screen.findByText('No outages recorded yet.')).toBeTruthy();
    expect(backend.workbook.tracking.outages).toEqual([]);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Main break on Elm St')).toBeTruthy();
    expect(backend.workbook.tracking.outages).toEqual([expect.objectContaining(mainBreak)]);
  });
});
