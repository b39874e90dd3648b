import { describe, expect, it } from 'vitest';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import { foreignService, neededAssets } from '../../../src/shared/domain/review/needed-equipment';

const typed = (statement: string, measure = '', unit = '') => ({
  ...blankGoalFields('external'),
  statement,
  measure,
  unit,
});

describe('neededAssets', () => {
  it('reads the equipment a hand-written goal needs from its statement, measure or unit', () => {
    const cases: [ReturnType<typeof typed>, string[]][] = [
      [typed('Fire flow of at least 500 gpm at every hydrant'), ['fireHydrants']],
      [typed('Protect homes from fire', 'Fire-flow in gallons per minute'), ['fireHydrants']],
      [typed('Keep serving from a backup source when the well fails'), ['backupSource']],
      [typed('Switch to the second well within an hour'), ['backupSource']],
      [typed('Keep the emergency interconnect with Mesa ready'), ['backupSource']],
      [typed('Keep a day of water in storage'), ['storage']],
      [typed('Inspect the elevated tank every year'), ['storage']],
      [typed('Test the generator every month'), ['backupPower']],
      [typed('Standby power for the lift pumps', '', 'hours of back-up power'), ['backupPower']],
      [typed('A generator keeps the storage tank full'), ['storage', 'backupPower']],
    ];
    for (const [goal, assets] of cases) expect(neededAssets(goal)).toEqual(assets);
  });

  it('puts the equipment chosen under "Depends on" first, once', () => {
    const goal = { ...typed('Test the generator every month'), needsAsset: 'backupPower' as const };
    expect(neededAssets(goal)).toEqual(['backupPower']);
    expect(neededAssets({ ...typed('Answer calls'), needsAsset: 'storage' as const })).toEqual([
      'storage',
    ]);
  });

  it('reads nothing into goals that need no special equipment', () => {
    const plain = [
      typed('Tell the fire department about planned shutoffs'),
      typed('Keep flow steady during summer'),
      typed('Answer complaints within 1 working day'),
      typed('Back up the billing records every week'),
      typed('Water is back on within 8 hours', 'Hours from call to water on'),
    ];
    for (const goal of plain) expect(neededAssets(goal)).toEqual([]);
  });
});

describe('foreignService', () => {
  it('finds sewer words in a water-only system', () => {
    for (const statement of [
      'Sewer back-ups are cleared within 4 hours',
      'No sewage reaches the creek',
      'Lift stations are checked every day',
      'Wastewater is treated to permit limits',
    ]) {
      expect(foreignService(typed(statement), 'water')).toBe('sewer');
    }
  });

  it('finds drinking-water words in a wastewater-only system, but not "wastewater" itself', () => {
    expect(foreignService(typed('Water pressure stays above 20 psi'), 'wastewater')).toBe('water');
    expect(foreignService(typed('No boil-water notices'), 'wastewater')).toBe('water');
    expect(foreignService(typed('Fewer breaks on water mains'), 'wastewater')).toBe('water');
    expect(foreignService(typed('Wastewater mains are cleaned on a cycle'), 'wastewater')).toBe(
      null,
    );
  });

  it('finds nothing for a system that runs both, or before step 1 says which', () => {
    const sewer = typed('Sewer back-ups are cleared within 4 hours');
    expect(foreignService(sewer, 'both')).toBeNull();
    expect(foreignService(sewer, null)).toBeNull();
    expect(foreignService(typed('Answer complaints within a day'), 'water')).toBeNull();
  });
});
