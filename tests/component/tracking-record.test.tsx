import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackingScreen } from '../../src/renderer/src/features/tracking/TrackingScreen';
import type { ActualEntry } from '../../src/shared/api/tracking-contract';
import { sampleToday } from '../support/sample-today';
import { tabTo } from './support/keyboard';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';

const card = (number: number) =>
  screen.getByRole('article', { name: new RegExp(`^Goal ${number}:`) });

/** The overview of the approved sample goals, with `recorded` results already saved. */
async function openOverview(recorded: ActualEntry[] = []) {
  const backend = await approvedWithGoals();
  if (recorded.length > 0) {
    await okValue(backend.otherWindow['tracking:saveActuals']({ entries: recorded }));
  }
  renderWithApi(<TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />, backend.api);
  await screen.findByText(/Revision 1 is in force/);
  return { backend, user: userEvent.setup() };
}

async function openForm(user: ReturnType<typeof userEvent.setup>, number: number) {
  await user.click(within(card(number)).getByRole('button', { name: 'Record a result' }));
  return within(card(number)).getByRole('form', { name: `Record a result for goal ${number}` });
}

describe('Recording results', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('records one result, and the goal’s standing follows', async () => {
    const { backend, user } = await openOverview();
    expect(card(3).textContent).toContain('Result due');
    const form = await openForm(user, 3);

    // The period still owed most recently is offered first.
    const period = within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Period' });
    expect(period.value).toBe('2027-05');
    await user.type(within(form).getByRole('textbox', { name: 'Result' }), '31.5');
    await user.type(
      within(form).getByRole('textbox', { name: 'Where the figure comes from' }),
      'Pressure logger',
    );
    await user.click(within(form).getByRole('button', { name: 'Save this result' }));

    expect(await within(card(3)).findByText('✓ Saved: 31.5 psi for May 2027.')).toBeTruthy();
    expect(card(3).textContent).toContain('✓ On track');
    expect(card(3).textContent).toContain(
      'Latest result: 31.5 psi for May 2027 — keeps the target.',
    );
    expect(within(card(3)).queryByRole('form')).toBeNull();
    expect(backend.workbook.tracking.actuals).toEqual([
      expect.objectContaining({ goalId: 'g-pressure', period: '2027-05', value: 31.5 }),
    ]);
  });

  it('answers a yes-or-no goal with Yes or No', async () => {
    const { backend, user } = await openOverview();
    const form = await openForm(user, 5);
    await user.click(within(form).getByRole('radio', { name: 'No' }));
    await user.click(within(form).getByRole('button', { name: 'Save this result' }));

    expect(await within(card(5)).findByText('✓ Saved: No for May 2027.')).toBeTruthy();
    expect(card(5).textContent).toContain('✗ Not met');
    expect(backend.workbook.tracking.actuals[0]?.value).toBe(0);
  });

  it('says beside the field why a figure is refused, and keeps what was typed', async () => {
    const { backend, user } = await openOverview();
    const form = await openForm(user, 2);
    const result = within(form).getByRole<HTMLInputElement>('textbox', { name: 'Result' });
    await user.type(result, '1,5');
    await user.type(
      within(form).getByRole('textbox', { name: 'Where the figure comes from' }),
      'Complaint log',
    );
    await user.click(within(form).getByRole('button', { name: 'Save this result' }));

    const message = await within(form).findByText(/Result must be written like 1,200 or 2\.5/);
    expect(result.getAttribute('aria-describedby')).toContain(message.id);
    expect(result.getAttribute('aria-invalid')).toBe('true');
    expect(result.value).toBe('1,5');
    expect(
      within(form).getByRole<HTMLInputElement>('textbox', {
        name: 'Where the figure comes from',
      }).value,
    ).toBe('Complaint log');
    expect(within(form).getByRole('alert').textContent).toContain('Nothing was saved');
    expect(backend.inputsOf('tracking:saveActuals')).toEqual([]);

    await user.clear(result);
    await user.type(result, '1.5');
    await user.click(within(form).getByRole('button', { name: 'Save this result' }));
    expect(
      await within(card(2)).findByText('✓ Saved: 1.5 working days for May 2027.'),
    ).toBeTruthy();
  });

  it('shows the refusal main answers beside the day, and keeps the day typed', async () => {
    const { backend, user } = await openOverview();
    const form = await openForm(user, 4);
    const day = within(form).getByRole<HTMLInputElement>('textbox', { name: 'Day' });
    // Before the board approved the agreement: only main knows the goal's first day.
    await user.type(day, '3/1/2027');
    await user.type(within(form).getByRole('textbox', { name: 'Result' }), '6');
    await user.click(within(form).getByRole('button', { name: 'Save this result' }));

    const beside = await within(form).findByText(
      'Goal 4, Period: enter a day from March 14, 2027, when the board approved it, to today.',
    );
    expect(day.getAttribute('aria-describedby')).toContain(beside.id);
    expect(within(form).getByRole('alert').textContent).toContain('Nothing was saved.');
    expect(day.value).toBe('3/1/2027');
    expect(backend.workbook.tracking.actuals).toEqual([]);

    await user.clear(day);
    await user.type(day, '5/20/2027');
    await user.click(within(form).getByRole('button', { name: 'Save this result' }));
    expect(await within(card(4)).findByText('✓ Saved: 6 hours on May 20, 2027.')).toBeTruthy();
    expect(card(4).textContent).toContain('✓ Met');
  });

  it('records a whole month for every monthly goal in one save, from the keyboard', async () => {
    const { backend, user } = await openOverview([
      { goalId: 'g-answer', period: '2027-04', value: 1, source: 'Log', note: '' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Open the table' }));
    const form = screen.getByRole('form', { name: 'Record a whole period' });
    const which = within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Which goals' });
    expect(document.activeElement).toBe(which);
    expect(which.value).toBe('month');
    expect(within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Period' }).value).toBe(
      '2027-05',
    );
    const rows = within(form).getByRole('list', { name: 'Results for the period' });
    expect(within(rows).getAllByRole('listitem')).toHaveLength(3);
    // Last time's source is offered again.
    expect(
      within(rows).getByRole<HTMLInputElement>('textbox', {
        name: 'Goal 2, Where the figure comes from',
      }).value,
    ).toBe('Log');

    await tabTo(user, 'Goal 2, Result');
    await user.keyboard('3');
    await tabTo(user, 'Goal 3, Result');
    await user.keyboard('28');
    await tabTo(user, 'Goal 3, Where the figure comes from');
    await user.keyboard('Logger');
    await tabTo(user, 'Goal 5, Result');
    await user.selectOptions(document.activeElement as HTMLSelectElement, 'Yes');
    await user.keyboard('{Enter}');

    expect(await within(form).findByText('✓ 3 results saved for May 2027.')).toBeTruthy();
    expect(backend.inputsOf('tracking:saveActuals').at(-1)).toEqual({
      entries: [
        { goalId: 'g-answer', period: '2027-05', value: 3, source: 'Log', note: '' },
        { goalId: 'g-pressure', period: '2027-05', value: 28, source: 'Logger', note: '' },
        { goalId: 'g-samples', period: '2027-05', value: 1, source: '', note: '' },
      ],
    });
    await waitFor(() => expect(card(2).textContent).toContain('✗ Not met'));
    expect(card(3).textContent).toContain('✓ On track');
    expect(card(5).textContent).toContain('✓ On track');

    // Another month shows what it holds: April has goal 2's result.
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Period' }), '2027-04');
    expect(
      within(rows).getByRole<HTMLInputElement>('textbox', { name: 'Goal 2, Result' }).value,
    ).toBe('1');
    expect(
      within(rows).getByRole<HTMLInputElement>('textbox', { name: 'Goal 3, Result' }).value,
    ).toBe('');
  });

  it('names the row whose figure is refused, and saves none of the period', async () => {
    const { backend, user } = await openOverview();
    await user.click(screen.getByRole('button', { name: 'Open the table' }));
    const form = screen.getByRole('form', { name: 'Record a whole period' });
    await user.type(within(form).getByRole('textbox', { name: 'Goal 2, Result' }), '2');
    const pressure = within(form).getByRole<HTMLInputElement>('textbox', {
      name: 'Goal 3, Result',
    });
    await user.type(pressure, '15%');
    await user.click(within(form).getByRole('button', { name: 'Save these results' }));

    const message = await within(form).findByText(/Result takes a plain number, such as 95/);
    expect(pressure.getAttribute('aria-describedby')).toContain(message.id);
    expect(pressure.value).toBe('15%');
    expect(backend.inputsOf('tracking:saveActuals')).toEqual([]);
  });
});
