import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { ReportsPanel } from '../../src/renderer/src/features/reports/ReportsPanel';
import { ScopeStep } from '../../src/renderer/src/features/scope/ScopeStep';
import type { Workbook } from '../../src/shared/domain/workbook';
import { sampleToday } from '../support/sample-today';
import { makeGoal } from './support/goal-fixtures';
import { okValue } from './support/ok-value';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';

async function openGoal(seed: (workbook: Workbook) => void) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service'];
    seed(workbook);
  });
  renderWithApi(<GoalsStep kind="internal" focusOnShow={false} openGoalId={null} />, backend.api);
  const goal = await screen.findByRole('article', { name: /Restore service/ });
  const user = userEvent.setup();
  await user.click(within(goal).getByRole('button', { name: 'Edit' }));
  const spanish = within(goal).getByRole('group', { name: 'In Spanish' });
  return { backend, user, spanish };
}

describe('Spanish wording in the goal editor', () => {
  it('stays one line until asked, says the unit needs no typing, and saves what is written', async () => {
    const { backend, user, spanish } = await openGoal((workbook) => {
      workbook.goals = [
        makeGoal({
          id: 'g1',
          statement: 'Restore service within 8 hours',
          measure: 'Hours to restore',
          unit: 'hours',
        }),
      ];
    });
    expect(within(spanish).queryByRole('textbox')).toBeNull();
    expect(
      within(spanish).getByText('The unit prints in Spanish as “horas” with no typing.'),
    ).toBeTruthy();

    await user.click(within(spanish).getByRole('button', { name: 'Write this goal in Spanish' }));
    const statement = within(spanish).getByRole('textbox', { name: 'Goal in Spanish' });
    expect(statement.getAttribute('lang')).toBe('es');
    expect(within(spanish).getByText('In English: “Restore service within 8 hours”')).toBeTruthy();
    expect(
      within(spanish).getByText(
        'Prints in Spanish as: horas. Type here only to say it differently.',
      ),
    ).toBeTruthy();
    await user.type(statement, 'Restablecer en 8 horas');
    await user.type(
      within(spanish).getByRole('textbox', { name: 'What is measured, in Spanish' }),
      'Horas sin agua',
    );
    await waitFor(() =>
      expect(backend.workbook.goals[0]?.spanish).toEqual({
        statement: 'Restablecer en 8 horas',
        measure: 'Horas sin agua',
        unit: '',
      }),
    );
  });

  it('asks for the Spanish of a unit the glossary does not know, and shows written Spanish at once', async () => {
    const { backend, user, spanish } = await openGoal((workbook) => {
      workbook.goals = [
        makeGoal({
          id: 'g1',
          statement: 'Restore service within 8 hours',
          measure: 'Tanks inspected',
          unit: 'tank inspections',
          spanish: { statement: 'Restablecer el servicio', measure: '', unit: '' },
        }),
      ];
    });
    // Something is written already, so the fields show without asking.
    expect(
      within(spanish).queryByRole('button', { name: 'Write this goal in Spanish' }),
    ).toBeNull();
    const unit = within(spanish).getByRole('textbox', { name: 'Unit in Spanish' });
    expect(
      within(spanish).getByText(
        'No built-in Spanish for “tank inspections”: write it here, or it prints in English.',
      ),
    ).toBeTruthy();
    await user.type(unit, 'inspecciones');
    await waitFor(() =>
      expect(backend.workbook.goals[0]?.spanish).toEqual({
        statement: 'Restablecer el servicio',
        measure: '',
        unit: 'inspecciones',
      }),
    );
  });
});

describe('The mission in Spanish (step 2)', () => {
  it('is written on asking and saved beside the English', async () => {
    const backend = createTestApi((workbook) => {
      workbook.scope.value.mission = 'Safe water for every home in Cedar Flats.';
    });
    const user = userEvent.setup();
    renderWithApi(<ScopeStep focusOnShow={false} />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Goal areas, mission and boundaries' });
    expect(screen.queryByRole('textbox', { name: 'Mission statement in Spanish' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Write the mission in Spanish' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Mission statement in Spanish' }),
      'Agua segura.',
    );
    await waitFor(() => expect(backend.workbook.scope.value.missionSpanish).toBe('Agua segura.'));
    expect(backend.workbook.scope.value.mission).toBe('Safe water for every home in Cedar Flats.');
  });
});

describe('What we will do, in Spanish (report card)', () => {
  it('is written on asking and saved with the English', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() });
    try {
      const backend = await approvedWithGoals();
      // Goal 3 (at least 25 psi) missed in April 2027.
      await okValue(
        backend.api['tracking:saveActuals']({
          entries: [{ goalId: 'g-pressure', period: '2027-04', value: 22, source: '', note: '' }],
        }),
      );
      const user = userEvent.setup();
      renderWithApi(<ReportsPanel />, backend.api);
      await user.type(
        await screen.findByRole('textbox', { name: 'What we will do (goal 3, 2027)' }),
        'A new pump.',
      );
      expect(screen.queryByRole('textbox', { name: /in Spanish/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Write it in Spanish' }));
      await user.type(
        screen.getByRole('textbox', { name: 'What we will do, in Spanish (goal 3, 2027)' }),
        'Una bomba nueva.',
      );
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Saved for the report card.')).toBeTruthy();
      expect(backend.workbook.tracking.followUps).toMatchObject([
        { goalId: 'g-pressure', year: 2027, text: 'A new pump.', textSpanish: 'Una bomba nueva.' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
