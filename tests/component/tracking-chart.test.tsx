import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrackedGoalCard } from '../../src/renderer/src/features/tracking/TrackedGoalCard';
import { TrackingScreen } from '../../src/renderer/src/features/tracking/TrackingScreen';
import type { TrackedGoal } from '../../src/shared/api/tracking-contract';
import { daySaid } from '../../src/shared/domain/tracking/period-words';
import { said } from '../../src/shared/i18n/said';
import { saidEach } from '../../src/shared/i18n/said-each';
import { sampleToday } from '../support/sample-today';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { approvedWithGoals } from './support/tracking-fixtures';

/** A restoration goal the outage log feeds: two outages, one over the 8-hour target. */
const restoreGoal: TrackedGoal = {
  id: 'g-restore',
  number: 4,
  kind: 'external',
  statement: 'Water is back on the same day after an unplanned outage.',
  measure: 'Time to restore water after an unplanned outage',
  unit: 'hours',
  direction: 'at-most',
  target: 8,
  targetHigh: null,
  frequency: 'each-event',
  targetWords: saidEach({ en: 'at most 8 hours', es: 'como máximo 8 horas' }),
  periodKind: 'day',
  status: 'not-met',
  actuals: [],
  fromLog: {
    log: 'outages',
    origin: said('afterVote.log.origin', { log: 'outages' }),
    howToAdd: said('afterVote.log.outages', { measure: 'restoration' }),
    count: 2,
    results: [
      {
        key: 'o1',
        day: '2027-04-02',
        value: 3.5,
        what: said('afterVote.outage.lasted', {
          began: daySaid('2027-04-02'),
          start: '22:30',
          sameDay: 'no',
          end: daySaid('2027-04-03'),
          endTime: '02:00',
        }),
        meets: true,
      },
      {
        key: 'o2',
        day: '2027-05-10',
        value: 10,
        what: said('afterVote.outage.lasted', {
          began: daySaid('2027-05-10'),
          start: '08:00',
          sameDay: 'yes',
          end: daySaid('2027-05-10'),
          endTime: '18:00',
        }),
        meets: false,
      },
    ],
    notCounted: [
      said('afterVote.outage.noTimes', {
        began: daySaid('2027-05-20'),
        sameDay: 'yes',
        end: daySaid('2027-05-20'),
      }),
    ],
    notCountedCount: 1,
    years: [],
    caveat: null,
  },
  latestMeets: false,
  missing: [],
  thisYear: { met: 1, missed: 1 },
  periods: [],
};

function renderCard(goal: TrackedGoal) {
  const backend = createTestApi();
  renderWithApi(
    <TrackedGoalCard
      goal={goal}
      approvedOn="2027-03-09"
      onSaved={() => undefined}
      onDelete={() => Promise.resolve(false)}
    />,
    backend.api,
  );
}

describe('a goal fed by a log, and its chart', () => {
  it('says where its results come from instead of offering to record one', async () => {
    renderCard(restoreGoal);
    expect(screen.queryByRole('button', { name: 'Record a result' })).toBeNull();
    expect(screen.getByText(/record the outage in the Outage log tab\./)).toBeTruthy();
    expect(screen.getByText('From the outage log.')).toBeTruthy();
    expect(screen.getByText('Latest result:').parentElement?.textContent).toBe(
      'Latest result: 10 hours on May 10, 2027 — misses the target.',
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Show the results from the log (2)' }),
    );
    const table = screen.getByRole('table', { name: 'Results of goal 4 from the log' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Unplanned outage from May 10, 2027, 08:00 to 18:0010 hours✗ Missed',
      'Unplanned outage from April 2, 2027, 22:30 to April 3, 2027, 02:003.5 hours✓ Kept',
    ]);
    expect(screen.getByText(/back the same day: no times in the log/)).toBeTruthy();
  });

  it('draws the results against the target, in words and in a table for screen readers', async () => {
    renderCard(restoreGoal);
    await userEvent.click(screen.getByRole('button', { name: 'Show the chart' }));
    const figure = await screen.findByRole('figure', { name: 'Results of goal 4 over time' });
    expect(
      within(figure).getByText(
        '2 results from April 2, 2027 to May 10, 2027. 1 kept the target (at most 8 hours) and 1 missed it. The newest is 10 hours, which misses it.',
      ),
    ).toBeTruthy();
    const table = within(figure).getByRole('table', { name: 'Results of goal 4, oldest first' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'PeriodResultTarget',
      'April 2, 20273.5 hours✓ Kept',
      'May 10, 202710 hours✗ Missed',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Hide the chart' }));
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('shows a yes-or-no goal as kept and missed marks, with the same words and table', async () => {
    const yesNo: TrackedGoal = {
      ...restoreGoal,
      id: 'g-ccr',
      number: 2,
      statement: 'The Consumer Confidence Report goes out by July 1.',
      unit: '',
      direction: 'yes-no',
      target: 1,
      frequency: 'yearly',
      targetWords: saidEach({ en: 'yes', es: 'sí' }),
      periodKind: 'year',
      fromLog: null,
      actuals: [
        {
          id: 'a1',
          goalId: 'g-ccr',
          revision: 1,
          period: '2026',
          value: 1,
          source: '',
          note: '',
          recordedAt: '',
        },
        {
          id: 'a2',
          goalId: 'g-ccr',
          revision: 1,
          period: '2027',
          value: 0,
          source: '',
          note: '',
          recordedAt: '',
        },
      ],
    };
    renderCard(yesNo);
    await userEvent.click(screen.getByRole('button', { name: 'Show the chart' }));
    const figure = await screen.findByRole('figure', { name: 'Results of goal 2 over time' });
    expect(
      within(figure).getByText(
        /^2 results from 2026 to 2027\. 1 kept the target \(yes\) and 1 missed it\. The newest is No, which misses it\.$/,
      ),
    ).toBeTruthy();
    expect(
      within(figure)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['PeriodResultTarget', '2026Yes✓ Kept', '2027No✗ Missed']);
  });

  it('offers no chart for a goal with one result', () => {
    renderCard({
      ...restoreGoal,
      fromLog: {
        ...restoreGoal.fromLog!,
        count: 1,
        results: restoreGoal.fromLog!.results.slice(0, 1),
      },
    });
    expect(screen.queryByRole('button', { name: 'Show the chart' })).toBeNull();
  });

  it('reads the results again on coming back from the outage log tab', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() });
    const backend = await approvedWithGoals((workbook) => {
      const outageGoal = workbook.goals.find((goal) => goal.id === 'g-outage');
      if (outageGoal) outageGoal.templateId = 'CS4';
    });
    const user = userEvent.setup();
    renderWithApi(
      <TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />,
      backend.api,
    );
    const card = await screen.findByRole('article', { name: /We restore service quickly/ });
    expect(within(card).getByText(/^Latest result:/).parentElement?.textContent).toBe(
      'Latest result: none recorded yet.',
    );
    expect(within(card).queryByRole('button', { name: 'Record a result' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Outage log' }));
    await okValue(
      backend.api['outages:save']({
        id: null,
        outage: {
          startDate: '2027-05-20',
          startTime: '06:00',
          endDate: '2027-05-20',
          endTime: '09:30',
          planned: false,
          noticeHours: null,
          customersAffected: 12,
          note: 'Main break on Elm Street',
        },
      }),
    );
    await user.click(screen.getByRole('tab', { name: 'Goals and results' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: /We restore service quickly/ })).getByText(
          /^Latest result:/,
        ).parentElement?.textContent,
      ).toBe('Latest result: 3.5 hours on May 20, 2027 — keeps the target.'),
    );
  });
});

afterEach(() => vi.useRealTimers());
