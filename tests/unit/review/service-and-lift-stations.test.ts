import { describe, expect, it } from 'vitest';
import type { SewerSystem } from '../../../src/shared/domain/sewer-system';
import type { SystemType } from '../../../src/shared/domain/utility';
import type { Goal } from '../../../src/shared/domain/goal';
import { cedarFlatsScope, cedarFlatsUtility } from '../schemas/examples';
import { findingsOf, keysOf, makeExternalGoal, makeInput } from './review-fixtures';

/** Cedar Flats as step 1 and 2 describe it, run as the given system type with these sewers. */
function inputFor(goals: Goal[], systemType: SystemType, sewer: Partial<SewerSystem> = {}) {
  const scope = cedarFlatsScope();
  return makeInput(goals, {
    utility: { ...cedarFlatsUtility(), systemType },
    scope: { ...scope, sewer: { ...scope.sewer, ...sewer } },
  });
}

const pressure = makeExternalGoal('psi', {
  statement: 'Minimum pressure 20 psi',
  unit: 'psi',
  direction: 'at-least',
  target: 20,
});
const sewerBackups = makeExternalGoal('backups', {
  statement: 'No more than 2 sewer backups per 100 miles',
  unit: 'backups per 100 miles',
  target: 2,
});
const liftStationPower = makeExternalGoal('power', {
  statement: 'Generator exercised monthly at every lift station',
  needsAsset: 'backupPower',
});

describe('service rule', () => {
  it('blocks drinking-water pressure in a sewer district, naming step 1 and the fix', () => {
    const [finding] = findingsOf(inputFor([pressure], 'wastewater'), 'service');
    expect(finding).toMatchObject({ key: 'service:psi', severity: 'blocker' });
    expect(finding?.message).toBe(
      'Goal 1 (“Minimum pressure 20 psi”) is about drinking water, but step 1 says the utility runs sewer service only (“Wastewater (sewer)”). The agreement can only promise service the utility provides.',
    );
    expect(finding?.fix).toContain('answer “Both” to “What does the utility run?” on step 1');
  });

  it('blocks sewer backups in a water-only system, and neither in one that runs both', () => {
    expect(keysOf(inputFor([pressure, sewerBackups], 'water'), 'service')).toEqual([
      'service:backups',
    ]);
    expect(keysOf(inputFor([pressure, sewerBackups], 'both'), 'service')).toEqual([]);
  });

  it('blocks a hydrant goal in a sewer district as a foreign service, not as missing hydrants', () => {
    const fire = makeExternalGoal('fire', { statement: 'Ready', needsAsset: 'fireHydrants' });
    const input = inputFor([fire], 'wastewater');
    expect(keysOf(input, 'service')).toEqual(['service:fire']);
    expect(findingsOf(input, 'capability')).toEqual([]);
  });
});

describe('backup power in a sewer district reads the lift stations', () => {
  it('blocks when no lift station has backup power', () => {
    const input = inputFor([liftStationPower], 'wastewater', {
      liftStations: 3,
      liftStationsWithBackupPower: 0,
    });
    const [finding] = findingsOf(input, 'capability');
    expect(finding?.severity).toBe('blocker');
    expect(finding?.message).toBe(
      'Goal 1 (“Generator exercised monthly at every lift station”) depends on backup power at the lift stations, but step 2 says none of the 3 lift stations has backup power. The promise is beyond what the system can deliver today.',
    );
    expect(finding?.fix).toContain('correct “Lift stations with backup power” there');
  });

  it('warns when only some have it, saying how many', () => {
    const input = inputFor([liftStationPower], 'wastewater', {
      liftStations: 3,
      liftStationsWithBackupPower: 2,
    });
    const [finding] = findingsOf(input, 'capability');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('only 2 of 3 lift stations have backup power');
    expect(finding?.fix).toContain('generators for the other 1 lift station');
  });

  it('warns while the count is not given, and passes when every station has it', () => {
    const unknown = inputFor([liftStationPower], 'wastewater', { liftStations: 3 });
    expect(findingsOf(unknown, 'capability')[0]?.message).toContain(
      'step 2 does not yet say how many lift stations have it',
    );
    const all = inputFor([liftStationPower], 'wastewater', {
      liftStations: 3,
      liftStationsWithBackupPower: 3,
    });
    expect(findingsOf(all, 'capability')).toEqual([]);
  });

  it('ignores the water question in a sewer district (Cedar Flats answers no backup power)', () => {
    const input = inputFor([liftStationPower], 'wastewater', {
      liftStations: 2,
      liftStationsWithBackupPower: 2,
    });
    expect(input.scope.assets.backupPower).toBe('no');
    expect(findingsOf(input, 'capability')).toEqual([]);
  });

  it('for a utility that runs both, lets the words choose lift stations or wells and pumps', () => {
    const sewer = { liftStations: 2, liftStationsWithBackupPower: 2 };
    expect(findingsOf(inputFor([liftStationPower], 'both', sewer), 'capability')).toEqual([]);
    const wellPower = makeExternalGoal('well', {
      statement: 'A generator keeps the well pump running',
    });
    const [finding] = findingsOf(inputFor([wellPower], 'both', sewer), 'capability');
    expect(finding?.message).toContain(
      'step 2 says the system has no backup power for the wells and pumps',
    );
  });
});
