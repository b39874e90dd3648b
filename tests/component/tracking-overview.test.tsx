import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { TrackingScreen } from '../../src/renderer/src/features/tracking/TrackingScreen';
import type { ActualEntry } from '../../src/shared/api/tracking-contract';
import { sampleToday } from '../support/sample-today';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { createTestApi, type TestApi } from './support/test-api';
import { approvedWithGoals } from './support/tracking-fixtures';

const overviewHeading = () =>
  screen.findByRole('heading', { level: 2, name: 'Goal results and what is due' });
const card = (number: number) =>
  screen.getByRole('article', { name: new RegExp(`^Goal ${number}:`) });

function entry(goalId: string, period: string, value: number, source = ''): ActualEntry {
  return { goalId, period, value, source, note: '' };
}

async function openOverview(backend: TestApi) {
  renderWithApi(<TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />, backend.api);
  await overviewHeading();
  await screen.findByText(/Revision 1 is in force/);
}

describe('Goal results and what is due', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('is where an approved agreement opens, with no Back or Next, and the steps a click away', async () => {
    const backend = await approvedWithGoals();
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await overviewHeading();

    expect(await screen.findByText(/Revision 1 is in force\./)).toBeTruthy();
    expect(screen.getByText(/The board approved it on March 14, 2027/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Back/ })).toBeNull();
    const due = screen.getByRole('list', { name: 'What is due' });
    const overdue = within(due).getAllByRole('listitem')[0];
    expect(overdue?.textContent).toMatch(
      /^Overdue.*Record the results for March 2027, April 2027 and May 2027: goals 2, 3 and 5\..*was due April 1, 2027/,
    );
    expect(due.textContent).toContain('annual review');

    await user.click(screen.getByRole('button', { name: 'Open the agreement’s steps (1 to 8)' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Board approval' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Next/ })).toBeTruthy();

    await user.click(
      within(screen.getByRole('banner')).getByRole('button', {
        name: 'Goal results and what is due',
      }),
    );
    expect(await overviewHeading()).toBeTruthy();
  });

  it('lists every goal under its area with its target, latest result and standing', async () => {
    const backend = await approvedWithGoals();
    await okValue(
      backend.otherWindow['tracking:saveActuals']({
        entries: [
          entry('g-loss', '2027', 14, 'Water audit'),
          entry('g-answer', '2027-05', 2, 'Complaint log'),
          entry('g-answer', '2027-04', 1, 'Complaint log'),
          entry('g-pressure', '2027-05', 30),
        ],
      }),
    );
    await openOverview(backend);

    const areas = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(areas).toEqual(
      expect.arrayContaining([
        'Water Efficiency / Conservation',
        'Customer Service',
        'Regulatory Requirements',
      ]),
    );
    const water = screen.getByRole('region', { name: 'Water Efficiency / Conservation' });
    expect(within(water).getAllByRole('article')).toHaveLength(1);

    expect(card(1).textContent).toContain('✓ Met');
    expect(card(1).textContent).toContain('Target: at most 15%');
    expect(card(1).textContent).toContain('Latest result: 14% for 2027 — keeps the target.');

    expect(card(2).textContent).toContain('✗ Not met');
    expect(card(2).textContent).toContain(
      'Latest result: 2 working days for May 2027 — misses the target.',
    );
    expect(card(2).textContent).toContain('This year the target was kept once and missed once.');
    expect(card(2).textContent).toContain('Not recorded yet: March 2027.');

    expect(card(3).textContent).toContain('✓ On track');
    expect(card(3).textContent).toContain('Not recorded yet: March 2027 and April 2027.');
    expect(card(4).textContent).toContain('No results yet');
    expect(card(4).textContent).toContain('Latest result: none recorded yet.');
    expect(card(5).textContent).toContain('Result due');
  });

  it('deletes a result with Undo, which puts the same result back', async () => {
    const backend = await approvedWithGoals();
    await okValue(
      backend.otherWindow['tracking:saveActuals']({
        entries: [{ ...entry('g-answer', '2027-05', 2, 'Complaint log'), note: 'Two slow calls' }],
      }),
    );
    await openOverview(backend);
    const user = userEvent.setup();
    expect(card(2).textContent).toContain('✗ Not met');

    await user.click(within(card(2)).getByRole('button', { name: 'Show the results (1)' }));
    const results = within(card(2)).getByRole('table', { name: 'Results of goal 2' });
    expect(results.textContent).toContain('Two slow calls');
    await user.click(
      within(results).getByRole('button', { name: 'Delete the result for May 2027' }),
    );

    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText('Goal 2: 2 working days for May 2027.')).toBeTruthy();
    expect(screen.getByText('Result deleted')).toBeTruthy();
    await waitFor(() => expect(card(2).textContent).toContain('Result due'));
    expect(backend.workbook.tracking.actuals).toEqual([]);
    expect(within(card(2)).getByText('No results are recorded for this goal yet.')).toBeTruthy();

    await user.click(undo);
    await waitFor(() => expect(card(2).textContent).toContain('✗ Not met'));
    expect(backend.workbook.tracking.actuals).toEqual([
      expect.objectContaining({
        goalId: 'g-answer',
        period: '2027-05',
        value: 2,
        source: 'Complaint log',
        note: 'Two slow calls',
      }),
    ]);
  });

  it('leads from the annual review that is due to its tab', async () => {
    const backend = await approvedWithGoals();
    const user = userEvent.setup();
    await openOverview(backend);
    const due = screen.getByRole('list', { name: 'What is due' });
    expect(within(due).getByText(/the board’s annual review/)).toBeTruthy();
    await user.click(within(due).getByRole('button', { name: 'Open the annual review' }));
    expect(screen.getByRole('tab', { name: 'Annual review' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await screen.findByText(/Once a year the board looks at each goal/)).toBeTruthy();
  });

  it('says plainly why there is nothing to record before the board approves', async () => {
    const backend = createTestApi();
    renderWithApi(
      <TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />,
      backend.api,
    );
    expect(
      await screen.findByText(/Nothing is approved yet\. Once the board approves the agreement/),
    ).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});
