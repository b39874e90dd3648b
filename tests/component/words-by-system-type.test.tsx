import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { ScopeStep } from '../../src/renderer/src/features/scope/ScopeStep';
import type { GoalKind } from '../../src/shared/domain/goal';
import type { SystemType } from '../../src/shared/domain/utility';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

/** Words of drinking water a sewer district's screens must not show, and the reverse. */
const waterWords =
  /water source|pressure|psi|shutoff|water is back on|at the tap|wells|safe water/i;
const sewerWords = /sewer|sewage|lift station|overflow|discharge permit/i;

function backendFor(systemType: SystemType) {
  return createTestApi((workbook) => {
    workbook.utility.value.systemType = systemType;
  });
}

async function areaCardsText(systemType: SystemType): Promise<string> {
  renderWithApi(<ScopeStep focusOnShow={false} />, backendFor(systemType).api);
  await screen.findByRole('heading', { level: 2, name: 'Goal areas, mission and boundaries' });
  return screen
    .getAllByRole('checkbox')
    .map((card) => card.textContent)
    .join(' ');
}

async function goalsStepText(systemType: SystemType, kind: GoalKind): Promise<string> {
  renderWithApi(
    <GoalsStep kind={kind} focusOnShow={false} openGoalId={null} />,
    backendFor(systemType).api,
  );
  const title = kind === 'internal' ? 'Internal goals' : 'External goals';
  await screen.findByRole('heading', { level: 2, name: title });
  return [
    // The step's introduction under its heading.
    screen.getByText(kind === 'internal' ? /^Internal goals set how/ : /^External goals are the/)
      .textContent,
    screen.getByRole('region', { name: 'Help for this step' }).textContent,
  ].join(' ');
}

describe('the goal areas on step 2 speak of the service the utility runs', () => {
  it('for a sewer district: sewage kept out of streams and the permit, no water source or pressure', async () => {
    const text = await areaCardsText('wastewater');
    expect(text).toContain('Keeping sewage out of streams, yards and homes');
    expect(text).toContain('Meeting the discharge permit');
    expect(text).toContain('inflow and infiltration');
    expect(text).not.toMatch(waterWords);
  });

  it('for a water system: the water source and pressure, no sewers', async () => {
    const text = await areaCardsText('water');
    expect(text).toContain('Protecting the water source');
    expect(text).toContain('pressure');
    expect(text).not.toMatch(sewerWords);
  });
});

describe('the goals steps’ introduction and help speak of the service the utility runs', () => {
  it.each(['internal', 'external'] as const)(
    'the %s goals step of a sewer district names sewer examples only',
    async (kind) => {
      const text = await goalsStepText('wastewater', kind);
      expect(text).toMatch(/sewer/);
      expect(text).not.toMatch(waterWords);
    },
  );

  it.each(['internal', 'external'] as const)(
    'the %s goals step of a water system names no sewer',
    async (kind) => {
      const text = await goalsStepText('water', kind);
      expect(text).toMatch(/water/);
      expect(text).not.toMatch(sewerWords);
    },
  );
});
