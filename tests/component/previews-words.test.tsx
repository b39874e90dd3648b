import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { OutagesImportPreview } from '../../src/renderer/src/features/outages/OutagesImportPreview';
import { TrackingScreen } from '../../src/renderer/src/features/tracking/TrackingScreen';
import { ResultsImport } from '../../src/renderer/src/features/tracking-import/ResultsImport';
import { readCsvTable } from '../../src/shared/domain/csv/read-csv-table';
import { previewOutages } from '../../src/shared/domain/tracking/outage-csv/preview-outages';
import { sampleToday } from '../support/sample-today';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { approvedWithGoals } from './support/tracking-fixtures';

/** A table's rows below its header, cell by cell. */
function bodyCells(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

describe('import previews on a Spanish screen', () => {
  it('says each result’s period and figure in Spanish, read by main from the file', async () => {
    // Approved March 14, 2027: goal 4 (outages) is kept at each event, in hours; goal 5 yes or no.
    const backend = await approvedWithGoals();
    const user = userEvent.setup();
    renderWithApi(<ResultsImport onImported={() => undefined} />, backend.api, 'es');
    const csv = 'Goal,Month,Result\n4,05/03/2027,3\n5,Apr 2027,yes\n';
    await user.upload(
      screen.getByLabelText<HTMLInputElement>('Archivo de resultados (CSV)'),
      new File([csv], 'results.csv', { type: 'text/csv' }),
    );
    const table = await screen.findByRole('table', {
      name: 'Los resultados tal como se anotarán',
    });
    expect(bodyCells(table).map((row) => row.slice(0, 4))).toEqual([
      ['2', '4', 'lunes, 3 de mayo de 2027', '3 horas'],
      ['3', '5', 'abril de 2027', 'sí'],
    ]);
  });

  it('says when service was out in Spanish', async () => {
    const preview = previewOutages({
      table: readCsvTable('Began,Ended,Planned\n3/4/2028 14:05,3/4/2028 18:30,no\n', 'outages'),
      mapping: null,
      recorded: [],
    });
    const nothing = () => undefined;
    renderWithApi(
      <OutagesImportPreview
        preview={preview}
        checking={false}
        importing={false}
        onImport={nothing}
        onCancel={nothing}
      />,
      createTestApi().api,
      'es',
    );
    const table = await screen.findByRole('table', { name: 'Los cortes tal como se anotarán' });
    expect(bodyCells(table)[0]?.slice(0, 2)).toEqual([
      '2',
      'sábado, 4 de marzo de 2028, 2:05 p. m. hasta 6:30 p. m.',
    ]);
  });
});

describe('the annual review’s plan on a Spanish screen', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('lists what the next revision will change in Spanish, each statement as the board typed it', async () => {
    const backend = await approvedWithGoals();
    await okValue(
      backend.api['annual:saveDecision']({
        goalId: 'g-pressure',
        choice: 'raise',
        newTarget: 28,
        reason: '',
      }),
    );
    await okValue(
      backend.api['annual:saveDecision']({
        goalId: 'g-samples',
        choice: 'drop',
        newTarget: null,
        reason: 'El estado toma las muestras ahora.',
      }),
    );
    const user = userEvent.setup();
    renderWithApi(
      <TrackingScreen focusOnShow={false} onOpenSteps={() => undefined} />,
      backend.api,
      'es',
    );
    await user.click(await screen.findByRole('tab', { name: 'Revisión anual' }));
    await user.click(
      await screen.findByRole('button', { name: 'Empezar la revisión 2 con estas decisiones' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: '¿Empezar la revisión 2 con estas decisiones?',
    });
    const plan = within(dialog).getByRole('list', { name: 'Lo que cambiará la revisión 2' });
    expect(
      within(plan)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Meta 3, “Every customer has enough pressure.”: el objetivo sube de como mínimo 25 psi a como mínimo 28 psi.',
      'Meta 5, “Every required sample is taken on time.”: se quita de la nueva revisión.',
    ]);
  });

  it('shows the reasons under “What changed” in step 6 in Spanish, once the revision is started', async () => {
    const backend = await approvedWithGoals();
    const { api } = backend;
    await okValue(
      api['annual:saveDecision']({
        goalId: 'g-pressure',
        choice: 'raise',
        newTarget: 28,
        reason: 'Los tanques nuevos dan más presión.',
      }),
    );
    await okValue(api['annual:startRevision']());
    await okValue(api['wizard:setStep']({ currentStep: 'review' }));

    renderWithApi(<Wizard />, api, 'es');
    const section = await screen.findByRole('region', { name: 'Qué cambió desde la revisión 1' });
    expect(
      within(section).getByText(
        'Objetivo: antes “como mínimo 25 psi”; ahora “como mínimo 28 psi”.',
      ),
    ).toBeTruthy();
    expect(
      within(section).getByText(
        'Razón dada en la revisión anual: Los tanques nuevos dan más presión.',
      ),
    ).toBeTruthy();
  });
});
