import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OutageLogPanel } from '../../src/renderer/src/features/outages/OutageLogPanel';
import { TrackingScreen } from '../../src/renderer/src/features/tracking/TrackingScreen';
import type { ActualEntry } from '../../src/shared/api/tracking-contract';
import { goalAreaTitles } from '../../src/shared/domain/goal-areas';
import { amountWithUnit } from '../../src/shared/domain/numbers/unit-words';
import { okValue } from './support/ok-value';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi, type TestApi } from './support/test-api';
import { approvedWithGoals } from './support/tracking-fixtures';
import { inPseudoLocale, onSampleToday, pseudo } from './support/words-set-up';

/**
 * `plainTextLeft`, where the sample files the imports show count as typed: they are a file's
 * contents, as the operator's spreadsheet has them.
 */
function plainLeft(root: HTMLElement, userText: readonly string[] = []): string[] {
  const samples = [...root.querySelectorAll('pre')].map((pre) => pre.textContent ?? '');
  return plainTextLeft(root, [...samples, ...userText]);
}

/**
 * Words from shared records that have their own English and Spanish (rule 5 of the conversion):
 * the guidance's area names and a figure with the board's unit.
 */
const sharedWords = [
  ...Object.values(goalAreaTitles),
  amountWithUnit(1, 'working days'),
  amountWithUnit(2, 'working days'),
];

function entry(goalId: string, period: string, value: number): ActualEntry {
  return { goalId, period, value, source: 'Operator log', note: '' };
}

/**
 * Revision 1 approved March 14, 2027, today June 1, 2027: goal 2 (at most 1 working day) kept in
 * April and missed in May; goal 3 (at least 25 psi) kept in April and May.
 */
async function withResults(): Promise<TestApi> {
  const backend = await approvedWithGoals();
  await okValue(
    backend.api['tracking:saveActuals']({
      entries: [
        entry('g-answer', '2027-04', 1),
        entry('g-answer', '2027-05', 2),
        entry('g-pressure', '2027-04', 28),
        entry('g-pressure', '2027-05', 31),
      ],
    }),
  );
  return backend;
}

/**
 * What the screens show as the board typed it, with the units the board typed: the only plain
 * text allowed. The service's sentences (targets, what is due, the review's suggestions and
 * plan) come as shared messages, said through the catalog.
 */
async function storedText(backend: TestApi): Promise<string[]> {
  const view = await okValue(backend.api['tracking:get']());
  const goals = view.areas.flatMap((area) => area.goals);
  return (
    [
      ...goals.flatMap((goal) => [goal.statement, goal.measure]),
      ...goals.map((goal) => goal.unit).filter((unit) => unit !== ''),
      'Operator log',
      ...sharedWords,
    ]
      .filter((text) => text.trim() !== '')
      // The longest first, so a period named inside a sentence does not cut the sentence apart.
      .sort((a, b) => b.length - a.length)
  );
}

describe('the screens after the vote, in the catalog', () => {
  onSampleToday();
  inPseudoLocale();

  it('leaves no plain text on the overview, its record forms, results and chart', async () => {
    const backend = await withResults();
    const userText = await storedText(backend);
    const user = userEvent.setup();
    const { container } = renderWithApi(
      <TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />,
      backend.api,
    );
    await screen.findByRole('heading', { level: 2, name: pseudo('Goal results and what is due') });
    await screen.findAllByRole('article');

    await user.click(screen.getByRole('button', { name: pseudo('Open the table') }));
    const second = screen.getAllByRole('article')[1];
    if (!second) throw new Error('Goal 2 is not shown');
    await user.click(within(second).getByRole('button', { name: pseudo('Record a result') }));
    await user.click(within(second).getByRole('button', { name: /^⟦Shów thé résúlts/ }));
    await user.click(within(second).getByRole('button', { name: pseudo('Show the chart') }));
    await within(second).findByRole('figure');

    expect(plainLeft(container, userText)).toEqual([]);
  });

  it('leaves no plain text in the outage log, its list and its form', async () => {
    const backend = createTestApi();
    await okValue(
      backend.api['outages:save']({
        id: null,
        outage: {
          startDate: '2027-05-14',
          startTime: '06:40',
          endDate: '2027-05-14',
          endTime: '11:15',
          planned: false,
          noticeHours: 48,
          customersAffected: 85,
          note: 'Main break on Elm St',
        },
      }),
    );
    const user = userEvent.setup();
    const { container } = renderWithApi(<OutageLogPanel />, backend.api);
    await screen.findByRole('heading', { name: pseudo('The log, newest first') });
    // The outage in words and its notice come from the catalog too, weekday and all.
    const span = screen.getByText(/Frídáý/);
    expect(span.textContent).toContain('⟦6:40 ÁM⟧⟧ tó ⟦11:15 ÁM⟧');
    expect(screen.getByText(/⟦2 dáýs⟧/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: pseudo('Add an outage') }));
    await user.click(screen.getByRole('button', { name: pseudo('Save this outage') }));
    await screen.findByRole('alert');

    expect(plainLeft(container, ['Main break on Elm St'])).toEqual([]);
  });

  it('leaves no plain text in the annual review, its choices and the revision to start', async () => {
    const backend = await withResults();
    const userText = await storedText(backend);
    const user = userEvent.setup();
    const { container } = renderWithApi(
      <TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />,
      backend.api,
    );
    await user.click(await screen.findByRole('tab', { name: pseudo('Annual review') }));
    await screen.findByRole('button', { name: /^⟦Stárt révísíóñ 2/ });
    const third = screen
      .getAllByRole('article')
      .find((article) => within(article).queryByRole('radiogroup') !== null);
    if (!third) throw new Error('No goal to decide on');
    await user.click(within(third).getByRole('radio', { name: pseudo('Drop the goal') }));
    await user.click(screen.getByRole('button', { name: /^⟦Stárt révísíóñ 2/ }));
    const dialog = await screen.findByRole('dialog');

    expect(plainLeft(container, userText)).toEqual([]);
    expect(plainLeft(dialog, userText)).toEqual([]);
  });
});

describe('the screens after the vote, in Spanish', () => {
  onSampleToday();

  it('speaks Spanish, a plural said right at 1 and at 2', async () => {
    const backend = await withResults();
    renderWithApi(
      <TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />,
      backend.api,
      'es',
    );
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Resultados de las metas y pendientes',
      }),
    ).toBeTruthy();
    expect(await screen.findByText('La revisión 1 está en vigor.')).toBeTruthy();
    expect(screen.getByText(/La mesa directiva la aprobó el 14 de marzo de 2027\./)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Registro de cortes' })).toBeTruthy();

    const [, answer, pressure] = screen.getAllByRole('article');
    expect(answer?.textContent).toContain('✗ No cumplida');
    expect(answer?.textContent).toContain(
      'Este año el objetivo se cumplió una vez y no se cumplió una vez.',
    );
    expect(answer?.textContent).toContain('Último resultado: 2 días hábiles en mayo de 2027');
    expect(pressure?.textContent).toContain('Este año el objetivo se cumplió 2 veces.');
    // The service's sentences, said in Spanish: the target, what is due (one result and three).
    expect(pressure?.textContent).toContain('Objetivo: como mínimo 25 psi');
    const due = screen.getByRole('list', { name: 'Pendientes' });
    expect(due.textContent).toContain('Registre el resultado de marzo de 2027: metas 2 y 3.');
    expect(due.textContent).toContain(
      'Registre los resultados de marzo de 2027, abril de 2027 y mayo de 2027: meta 5.',
    );
    expect(due.textContent).not.toMatch(/Record|Deliver|Review the agreement/);

    // The annual review's suggestion from goal 2's results: missed 1 of 2.
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Revisión anual' }));
    expect(
      await screen.findByText(
        'No se cumplió en 1 de 2 resultados: ponga dinero en el presupuesto para cumplirla, o baje el objetivo dando una razón.',
      ),
    ).toBeTruthy();
  });
});
