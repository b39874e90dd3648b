import { describe, expect, it } from 'vitest';
import type { GoalTemplate } from '../../../src/shared/domain/goal-template';
import { emptyScope } from '../../../src/shared/domain/scope';
import {
  filterTemplates,
  templateAvailability,
  type SystemFacts,
} from '../../../src/renderer/src/features/goals/template-filter';
import { shippedTemplate } from '../../component/support/shipped-template';
import { createIntl } from 'react-intl';
import { catalogs } from '../../../src/renderer/src/i18n/catalog';
import type { Text } from '../../../src/renderer/src/i18n/use-text';

// The library's notes as an English screen says them.
const intl = createIntl({ locale: 'en-US', messages: catalogs.en });
const english: Text = (key, values) => intl.formatMessage({ id: key }, values);

const template = (overrides: Partial<GoalTemplate>): GoalTemplate => ({
  ...shippedTemplate('CS4'),
  ...overrides,
});

const facts = (overrides: Partial<SystemFacts> = {}): SystemFacts => ({
  systemType: 'water',
  assets: { fireHydrants: 'yes', backupSource: 'yes', storage: 'yes', backupPower: 'yes' },
  sewer: emptyScope.sewer,
  ...overrides,
});

describe('templateAvailability', () => {
  const fireFlow = template({ id: 'CS9', needsAsset: 'fireHydrants' });

  it('refuses a goal that needs equipment step 2 says the system lacks, saying why and how to fix it', () => {
    const lacking = facts({ assets: { ...facts().assets, fireHydrants: 'no' } });
    expect(templateAvailability(fireFlow, lacking, english)).toEqual({
      addable: false,
      reason:
        'Needs fire hydrants: step 2, “Goal areas, mission and boundaries”, says the system has none. If it does, change the answer there.',
    });
    const noPower = facts({ assets: { ...facts().assets, backupPower: 'no' } });
    expect(
      templateAvailability(template({ needsAsset: 'backupPower' }), noPower, english),
    ).toMatchObject({
      addable: false,
      reason: expect.stringMatching(/^Needs backup power for the wells and pumps:/) as string,
    });
  });

  it('keeps a goal addable, with a hint, while the answer is "not sure"', () => {
    const unsure = facts({ assets: { ...facts().assets, fireHydrants: 'unknown' } });
    expect(templateAvailability(fireFlow, unsure, english)).toEqual({
      addable: true,
      hint: 'Needs fire hydrants: step 2, “Goal areas, mission and boundaries”, does not yet say whether the system has them. The review will ask before the vote.',
    });
    expect(templateAvailability(fireFlow, facts(), english)).toEqual({ addable: true, hint: null });
  });

  it('refuses a sewer goal in a water-only system instead of hiding it, and the reverse', () => {
    const sewer = template({ id: 'CS13', systems: 'wastewater', needsAsset: null });
    expect(templateAvailability(sewer, facts(), english)).toEqual({
      addable: false,
      reason:
        'For sewer systems: step 1, “Utility and team”, says the utility runs drinking water only. If it runs both, change the system type there.',
    });
    expect(templateAvailability(sewer, facts({ systemType: 'both' }), english)).toEqual({
      addable: true,
      hint: null,
    });
    const water = template({ systems: 'water', needsAsset: null });
    expect(templateAvailability(water, facts({ systemType: 'wastewater' }), english)).toMatchObject(
      {
        addable: false,
        reason: expect.stringContaining('says the utility runs sewer service only') as string,
      },
    );
    expect(templateAvailability(water, facts({ systemType: null }), english)).toMatchObject({
      addable: true,
      hint: expect.stringContaining('does not yet say what the utility runs') as string,
    });
  });

  it('checks the system before the equipment', () => {
    const sewerWithPower = template({ systems: 'wastewater', needsAsset: 'backupPower' });
    const result = templateAvailability(
      sewerWithPower,
      {
        systemType: 'water',
        assets: emptyScope.assets,
        sewer: emptyScope.sewer,
      },
      english,
    );
    expect(result).toMatchObject({
      addable: false,
      reason: expect.stringMatching(/^For sewer/) as string,
    });
  });
});

describe('templateAvailability of backup power in a sewer district', () => {
  const generator = template({
    systems: 'wastewater',
    statement: 'The backup generator at every lift station is run under load each month.',
    needsAsset: 'backupPower',
  });
  const district = (liftStations: number | null, liftStationsWithBackupPower: number | null) =>
    facts({
      systemType: 'wastewater',
      // Step 2 does not ask a sewer district the water questions: they stay unanswered.
      assets: emptyScope.assets,
      sewer: { ...emptyScope.sewer, liftStations, liftStationsWithBackupPower },
    });

  it('reads the lift stations, not the water system’s backup power', () => {
    expect(templateAvailability(generator, district(3, 3), english)).toEqual({
      addable: true,
      hint: null,
    });
    expect(templateAvailability(generator, district(0, null), english)).toEqual({
      addable: true,
      hint: null,
    });
  });

  it('refuses it when no lift station has backup power, naming the field to change', () => {
    expect(templateAvailability(generator, district(3, 0), english)).toEqual({
      addable: false,
      reason:
        'Needs backup power at the lift stations: step 2, “Goal areas, mission and boundaries”, says none has it. If one does, change “Lift stations with backup power” there.',
    });
  });

  it('keeps it addable with a hint when only some have it, or the count is not given', () => {
    expect(templateAvailability(generator, district(3, 2), english)).toMatchObject({
      addable: true,
      hint: expect.stringMatching(/^Only 2 of 3 lift stations have backup power/) as string,
    });
    expect(templateAvailability(generator, district(3, null), english)).toMatchObject({
      addable: true,
      hint: expect.stringContaining('does not yet say how many have it') as string,
    });
  });

  it('refuses a goal that needs drinking-water equipment, naming step 1', () => {
    const tank = template({ systems: 'both', needsAsset: 'storage' });
    expect(templateAvailability(tank, district(3, 3), english)).toMatchObject({
      addable: false,
      reason: expect.stringContaining('says the utility runs sewer service only') as string,
    });
  });
});

describe('filterTemplates', () => {
  it('filters by area and kind only: what the system lacks is shown, disabled, not hidden', () => {
    const shown = filterTemplates(
      [
        template({ id: 'CS1', systems: 'wastewater' }),
        template({ id: 'WC1', kind: 'internal', area: 'water-efficiency' }),
        template({ id: 'CS2', area: 'customer-service' }),
      ],
      { areas: ['customer-service'], kind: 'external' },
    );
    expect(shown.map((t) => t.id)).toEqual(['CS1', 'CS2']);
  });
});
