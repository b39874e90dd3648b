import { describe, expect, it } from 'vitest';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import { powerSiteFor } from '../../../src/shared/domain/review/goal-service';
import { neededAssets } from '../../../src/shared/domain/review/needed-equipment';

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

describe('powerSiteFor', () => {
  const generator = typed('Generator exercised monthly');
  const liftStations = typed('Generator exercised monthly at every lift station');

  it('reads the lift stations in a sewer district and the wells and pumps in a water system', () => {
    expect(powerSiteFor(generator, 'wastewater')).toBe('lift-stations');
    expect(powerSiteFor(liftStations, 'water')).toBe('wells-and-pumps');
  });

  it('lets the words decide for a utility that runs both, or has not said', () => {
    expect(powerSiteFor(liftStations, 'both')).toBe('lift-stations');
    expect(powerSiteFor(typed('Backup power for the sewage pumps'), null)).toBe('lift-stations');
    expect(powerSiteFor(generator, 'both')).toBe('wells-and-pumps');
    expect(powerSiteFor(typed('A generator runs the well pump'), 'both')).toBe('wells-and-pumps');
  });
});
