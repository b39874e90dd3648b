import { describe, expect, it } from 'vitest';
import type { GoalTemplate } from '../../../src/shared/domain/goal-template';
import { emptyScope } from '../../../src/shared/domain/scope';
import {
  filterTemplates,
  templateAvailability,
  type SystemFacts,
} from '../../../src/renderer/src/features/goals/template-filter';
import { sampleTemplates } from '../../component/support/sample-templates';

const template = (overrides: Partial<GoalTemplate>): GoalTemplate => ({
  ...(sampleTemplates[0] as GoalTemplate),
  ...overrides,
});

const facts = (overrides: Partial<SystemFacts> = {}): SystemFacts => ({
  systemType: 'water',
  assets: { fireHydrants: 'yes', backupSource: 'yes', storage: 'yes', backupPower: 'yes' },
  ...overrides,
});

describe('templateAvailability', () => {
  const fireFlow = template({ id: 'CS9', needsAsset: 'fireHydrants' });

  it('refuses a goal that needs equipment step 2 says the system lacks, saying why and how to fix it', () => {
    const lacking = facts({ assets: { ...facts().assets, fireHydrants: 'no' } });
    expect(templateAvailability(fireFlow, lacking)).toEqual({
      addable: false,
      reason:
        'Needs fire hydrants: step 2, “Goal areas, mission and boundaries”, says the system has none. If it does, change the answer there.',
    });
    const noPower = facts({ assets: { ...facts().assets, backupPower: 'no' } });
    expect(templateAvailability(template({ needsAsset: 'backupPower' }), noPower)).toMatchObject({
      addable: false,
      reason: expect.stringMatching(/^Needs backup power:/) as string,
    });
  });

  it('keeps a goal addable, with a hint, while the answer is "not sure"', () => {
    const unsure = facts({ assets: { ...facts().assets, fireHydrants: 'unknown' } });
    expect(templateAvailability(fireFlow, unsure)).toEqual({
      addable: true,
      hint: 'Needs fire hydrants: step 2, “Goal areas, mission and boundaries”, does not yet say whether the system has them. The review will ask before the vote.',
    });
    expect(templateAvailability(fireFlow, facts())).toEqual({ addable: true, hint: null });
  });

  it('refuses a sewer goal in a water-only system instead of hiding it, and the reverse', () => {
    const sewer = template({ id: 'CS13', systems: 'wastewater', needsAsset: null });
    expect(templateAvailability(sewer, facts())).toEqual({
      addable: false,
      reason:
        'For sewer systems: step 1, “Utility and team”, says the utility runs drinking water only. If it runs both, change the system type there.',
    });
    expect(templateAvailability(sewer, facts({ systemType: 'both' }))).toEqual({
      addable: true,
      hint: null,
    });
    const water = template({ systems: 'water', needsAsset: null });
    expect(templateAvailability(water, facts({ systemType: 'wastewater' }))).toMatchObject({
      addable: false,
      reason: expect.stringContaining('says the utility runs sewer service only') as string,
    });
    expect(templateAvailability(water, facts({ systemType: null }))).toMatchObject({
      addable: true,
      hint: expect.stringContaining('does not yet say what the utility runs') as string,
    });
  });

  it('checks the system before the equipment', () => {
    const sewerWithPower = template({ systems: 'wastewater', needsAsset: 'backupPower' });
    const result = templateAvailability(sewerWithPower, {
      systemType: 'water',
      assets: emptyScope.assets,
    });
    expect(result).toMatchObject({
      addable: false,
      reason: expect.stringMatching(/^For sewer/) as string,
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
