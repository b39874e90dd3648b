import { describe, expect, it } from 'vitest';
import { blankGoalFields, type GoalFields } from '../../../src/shared/domain/goal';
import type { GoalTemplate } from '../../../src/shared/domain/goal-template';
import { foreignService } from '../../../src/shared/domain/review/goal-service';

const typed = (statement: string, more: Partial<GoalFields> = {}): GoalFields => ({
  ...blankGoalFields('external'),
  statement,
  ...more,
});

const library: Pick<GoalTemplate, 'id' | 'systems'>[] = [
  { id: 'WC1', systems: 'water' },
  { id: 'SW1', systems: 'wastewater' },
  { id: 'CS1', systems: 'both' },
];

const inSewerDistrict = (goal: GoalFields) => foreignService(goal, 'wastewater', library);
const inWaterSystem = (goal: GoalFields) => foreignService(goal, 'water', library);

describe('foreignService in a sewer-only agreement', () => {
  it('finds drinking water in the words, in English or Spanish', () => {
    const drinkingWater = [
      'Minimum pressure 20 psi',
      'Keep enough pressure at every tap',
      'Presión mínima de 20 psi',
      'No boil-water notices',
      'Boil notices issued within 24 hours',
      'Safe drinking water every day',
      'Agua potable segura',
      'Hydrants flushed every year',
      'Fire flow of 500 gpm at the school',
      'Switch to the backup well within an hour',
      'A generator at each of the wells',
      'Inspect the water storage tank every year',
      'Keep water loss at or below 15%',
      'Fewer leaks on water mains',
      'Fewer taste and hardness complaints',
      'Backflow prevention devices tested every year',
      'Customers told of planned shutoffs 48 hours ahead',
      'Reducir las pérdidas de agua',
      'Menos quejas por el sabor',
      'Cambiar al pozo de respaldo en una hora',
    ];
    for (const statement of drinkingWater) {
      expect(inSewerDistrict(typed(statement)), statement).toBe('water');
    }
  });

  it('leaves sewer words alone, force main pressure and wet wells included', () => {
    const sewer = [
      'Force main pressure stays below 60 psi',
      'Wastewater mains are cleaned on a cycle',
      'Waste water mains cleaned every 5 years',
      'Backup power at the lift stations',
      'Pump out the wet well every month',
      'Clean every manhole as well as the mains',
      'Groundwater kept out of the sewers',
      'Revisar cada pozo de visita una vez al año',
      'Odor complaints from the lagoon answered within 1 business day',
      'Answer complaints within a day',
    ];
    for (const statement of sewer) expect(inSewerDistrict(typed(statement)), statement).toBeNull();
  });

  it('finds a water floor, water-only equipment or a water-only library goal', () => {
    expect(inSewerDistrict(typed('Keep service up', { floor: 'minimum-pressure' }))).toBe('water');
    expect(inSewerDistrict(typed('Tell customers quickly', { floor: 'tier-1-notice' }))).toBe(
      'water',
    );
    expect(inSewerDistrict(typed('Ready when needed', { needsAsset: 'fireHydrants' }))).toBe(
      'water',
    );
    expect(inSewerDistrict(typed('Outages are short', { templateId: 'WC1' }))).toBe('water');
    expect(inSewerDistrict(typed('Outages are short', { needsAsset: 'backupPower' }))).toBeNull();
    expect(inSewerDistrict(typed('Outages are short', { templateId: 'CS1' }))).toBeNull();
  });

  it('lets a library water goal rewritten in sewer words stand', () => {
    const rewritten = typed('Sewer service is back within 8 hours', { templateId: 'WC1' });
    expect(inSewerDistrict(rewritten)).toBeNull();
  });
});

describe('foreignService in a water-only agreement', () => {
  it('finds sewers in the words, in English or Spanish', () => {
    const sewer = [
      'No more than 2 sewer backups per 100 miles',
      'No sewage reaches the creek',
      'Backup power at the lift stations',
      'Manholes inspected every year',
      'Lagoon effluent meets the discharge permit',
      'No SSOs this year',
      'Overflows reported within 24 hours',
      'Backups into basements cleaned up within 4 hours',
      'Limpiar el drenaje cada año',
      'Ningún desborde de aguas residuales',
      'Revisar cada pozo de visita',
    ];
    for (const statement of sewer) expect(inWaterSystem(typed(statement)), statement).toBe('sewer');
  });

  it('leaves water words alone, backups of records and tank overflows included', () => {
    const water = [
      'Backflow prevention devices tested every year',
      'Back up the billing records every week',
      'Backup power for the wells and pumps',
      'No storage tank overflows',
      'Minimum pressure 20 psi',
      'Presión mínima de 20 psi',
    ];
    for (const statement of water) expect(inWaterSystem(typed(statement)), statement).toBeNull();
  });

  it('finds the overflow floor or a sewer-only library goal', () => {
    expect(inWaterSystem(typed('Report quickly', { floor: 'overflow-report' }))).toBe('sewer');
    expect(inWaterSystem(typed('Calls answered fast', { templateId: 'SW1' }))).toBe('sewer');
  });
});

describe('foreignService for a utility that runs both, or has not said', () => {
  it('finds nothing foreign', () => {
    const goals = [
      typed('Sewer back-ups are cleared within 4 hours'),
      typed('Minimum pressure 20 psi', { floor: 'minimum-pressure' }),
    ];
    for (const goal of goals) {
      expect(foreignService(goal, 'both', library)).toBeNull();
      expect(foreignService(goal, null, library)).toBeNull();
    }
  });
});
