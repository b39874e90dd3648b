import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScopeStep } from '../../src/renderer/src/features/scope/ScopeStep';
import type { SystemType } from '../../src/shared/domain/utility';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openStep(systemType: SystemType | null) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = systemType;
  });
  renderWithApi(<ScopeStep focusOnShow={false} />, backend.api);
  await screen.findByRole('heading', { level: 2, name: 'Goal areas, mission and boundaries' });
  return backend;
}

const waterQuestions = [/fire hydrants/, /backup water source/, /storage tank/, /wells and pumps/];
const sewerQuestions = [
  /How does sewage move/,
  /Where is the sewage treated/,
  /Do rain and groundwater get into the sewers/,
];

function expectWaterQuestions(shown: boolean) {
  for (const name of waterQuestions)
    expect(screen.queryByRole('radiogroup', { name }) !== null).toBe(shown);
}

function expectSewerQuestions(shown: boolean) {
  for (const name of sewerQuestions)
    expect(screen.queryByRole('radiogroup', { name }) !== null).toBe(shown);
  for (const name of ['Miles of sewer main', 'Lift stations', 'Discharge permit number'])
    expect(screen.queryByRole('textbox', { name }) !== null).toBe(shown);
}

describe('Step 2 asks what fits the system type', () => {
  it('asks a sewer district about its sewers only, with sewer examples', async () => {
    await openStep('wastewater');
    expectWaterQuestions(false);
    expectSewerQuestions(true);
    expect(screen.queryByRole('heading', { name: 'Drinking water system' })).toBeNull();
    const page = document.body.textContent;
    expect(page).toContain('Sunny Acres Sanitation District collects and treats');
    expect(page).not.toMatch(/drinking water|hydrant|Water quality|wells/i);
    const gaps = screen.getByRole('region', { name: 'To finish this step' });
    expect(gaps.textContent).toContain('Say where the sewage is treated.');
    expect(gaps.textContent).not.toContain('water system');
  });

  it('asks a water system about its water system only', async () => {
    await openStep('water');
    expectWaterQuestions(true);
    expectSewerQuestions(false);
    expect(screen.queryByRole('heading', { name: 'Sewer system' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/sewage|lift station|discharge permit/i);
  });

  it('asks a combined utility both sets, under the name of each system', async () => {
    await openStep('both');
    const water = screen.getByRole('region', { name: 'Drinking water system' });
    const sewer = screen.getByRole('region', { name: 'Sewer system' });
    expect(within(water).getByRole('radiogroup', { name: /fire hydrants/ })).toBeTruthy();
    expect(within(water).queryByRole('textbox', { name: 'Lift stations' })).toBeNull();
    expect(within(sewer).getByRole('textbox', { name: 'Lift stations' })).toBeTruthy();
    expect(within(sewer).queryByRole('radiogroup', { name: /fire hydrants/ })).toBeNull();
    expect(screen.queryByText(/Step 1 will narrow these questions/)).toBeNull();
  });

  it('shows both sets while step 1 is not answered, saying step 1 will narrow them', async () => {
    await openStep(null);
    expect(screen.getByText('Step 1 will narrow these questions')).toBeTruthy();
    expectWaterQuestions(true);
    expectSewerQuestions(true);
  });

  it('says a partial lift-station answer back and offers its sentence for the agreement', async () => {
    const backend = await openStep('wastewater');
    const user = userEvent.setup();
    expect(screen.queryByRole('textbox', { name: 'Lift stations with backup power' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Lift stations' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Lift stations with backup power' }), '2');

    expect(
      screen.getByText(
        '2 of 3 lift stations have backup power; a power failure can stop the third.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/A generator for each belongs in the capital improvement plan/),
    ).toBeTruthy();
    await waitFor(() =>
      expect(backend.workbook.scope.value.sewer).toMatchObject({
        liftStations: 3,
        liftStationsWithBackupPower: 2,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Add sentences from my answers' }));
    await waitFor(() =>
      expect(backend.workbook.scope.value.assetLimits).toBe(
        '1 of our 3 lift stations has no backup power, so a long power cut can stop it and sewage can back up.',
      ),
    );
  });

  it('refuses more lift stations with backup power than lift stations, naming both', async () => {
    const backend = await openStep('wastewater');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Lift stations' }), '2');
    const powered = screen.getByRole('textbox', { name: 'Lift stations with backup power' });
    await user.type(powered, '3');
    expect(
      await screen.findByText(
        'Lift stations with backup power (3) cannot be more than lift stations (2).',
      ),
    ).toBeTruthy();
    expect(backend.workbook.scope.value.sewer.liftStationsWithBackupPower).toBeNull();
  });

  it('explains rain and groundwater in the sewers and what "yes" means for the agreement', async () => {
    const backend = await openStep('wastewater');
    const user = userEvent.setup();
    const inflow = screen.getByRole('radiogroup', { name: /rain and groundwater/ });
    expect(screen.getByText(/This is called inflow and infiltration/)).toBeTruthy();
    await user.click(within(inflow).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/wet weather can overload them/)).toBeTruthy();
    await waitFor(() => expect(backend.workbook.scope.value.sewer.inflowInfiltration).toBe('yes'));
  });
});
