import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/shared/domain/scope';
import { cedarFlatsScope } from '../schemas/examples';
import { findingsOf, keysOf, makeExternalGoal, makeInput } from './review-fixtures';

function scopeWith(assets: Partial<Scope['assets']>): Scope {
  const scope = cedarFlatsScope();
  return { ...scope, assets: { ...scope.assets, ...assets } };
}

const fireGoal = makeExternalGoal('fire', {
  statement: 'Hydrants deliver fire flow for two hours',
  measure: 'Flow at the hydrant',
  unit: 'gpm',
  direction: 'at-least',
  target: 500,
  needsAsset: 'fireHydrants',
});

describe('capability rule', () => {
  it('passes a goal whose equipment the system has', () => {
    const input = makeInput([fireGoal], { scope: scopeWith({ fireHydrants: 'yes' }) });
    expect(findingsOf(input, 'capability')).toEqual([]);
  });

  it('passes a goal that needs no equipment', () => {
    expect(findingsOf(makeInput([makeExternalGoal('g1')]), 'capability')).toEqual([]);
  });

  it('blocks fire flow without hydrants and sends it to the capital improvement plan', () => {
    const input = makeInput([fireGoal], { scope: scopeWith({ fireHydrants: 'no' }) });
    const findings = findingsOf(input, 'capability');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      key: 'capability:fire',
      severity: 'blocker',
      goalId: 'fire',
      area: 'customer-service',
    });
    expect(findings[0]?.message).toBe(
      'Goal 1 (“Hydrants deliver fire flow for two hours”) promises fire protection, but step 2 says the system has no fire hydrants. That is beyond what the system can deliver: fire flow needs hydrants and mains large enough to carry it.',
    );
    expect(findings[0]?.fix).toContain('capital improvement plan');
    expect(findings[0]?.fix).toContain('once they are built');
  });

  it('only warns, asking to confirm with the operator, when step 2 is not sure', () => {
    const input = makeInput([fireGoal], { scope: scopeWith({ fireHydrants: 'unknown' }) });
    expect(findingsOf(input, 'capability')).toEqual([
      {
        key: 'capability:fire',
        severity: 'warning',
        rule: 'capability',
        message:
          'Goal 1 (“Hydrants deliver fire flow for two hours”) depends on fire hydrants, and step 2 does not yet say whether the system has them.',
        fix: 'Confirm with the operator, then answer the question about fire hydrants on step 2.',
        goalId: 'fire',
        area: 'customer-service',
      },
    ]);
  });

  it('blocks a goal that needs backup power the system lacks, naming it', () => {
    const goal = makeExternalGoal('power', {
      statement: 'Water keeps flowing during power cuts',
      needsAsset: 'backupPower',
    });
    const [finding] = findingsOf(
      makeInput([goal], { scope: scopeWith({ backupPower: 'no' }) }),
      'capability',
    );
    expect(finding?.severity).toBe('blocker');
    expect(finding?.message).toBe(
      'Goal 1 (“Water keeps flowing during power cuts”) depends on backup power for the wells and pumps, but step 2 says the system has no backup power for the wells and pumps. The promise is beyond what the system can deliver today.',
    );
  });

  it('warns about a storage goal when storage is not known', () => {
    const goal = makeExternalGoal('tank', { needsAsset: 'storage' });
    const [finding] = findingsOf(
      makeInput([goal], { scope: scopeWith({ storage: 'unknown' }) }),
      'capability',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('whether the system has it.');
  });

  describe('a fire-flow goal written by hand', () => {
    const noHydrants = scopeWith({ fireHydrants: 'no' });

    it('is caught by "hydrant" or "fire flow" in the statement or the measure', () => {
      const goals = [
        makeExternalGoal('s1', {
          statement: 'Every hydrant works when the fire department needs it',
        }),
        makeExternalGoal('s2', { statement: 'Enough fire-flow for the school' }),
        makeExternalGoal('m1', {
          statement: 'Protect homes from fire',
          measure: 'Fire flow in gallons per minute',
        }),
      ];
      expect(keysOf(makeInput(goals, { scope: noHydrants }), 'capability')).toEqual([
        'capability:s1',
        'capability:s2',
        'capability:m1',
      ]);
    });

    it('is not flagged once the system has hydrants', () => {
      const goal = makeExternalGoal('s1', { statement: 'Hydrants are flushed every year' });
      const input = makeInput([goal], { scope: scopeWith({ fireHydrants: 'yes' }) });
      expect(findingsOf(input, 'capability')).toEqual([]);
    });

    it('does not catch goals that only mention fire or flow', () => {
      const goals = [
        makeExternalGoal('g1', { statement: 'Tell the fire department about planned shutoffs' }),
        makeExternalGoal('g2', { statement: 'Keep flow steady during summer' }),
      ];
      expect(findingsOf(makeInput(goals, { scope: noHydrants }), 'capability')).toEqual([]);
    });
  });

  describe('a goal written by hand that needs what the system lacks', () => {
    it('blocks "Fire flow of at least 500 gpm at every hydrant" when step 2 says no hydrants', () => {
      const goal = makeExternalGoal('fire', {
        statement: 'Fire flow of at least 500 gpm at every hydrant',
        unit: 'gpm',
        direction: 'at-least',
        target: 500,
      });
      const [finding] = findingsOf(
        makeInput([goal], { scope: scopeWith({ fireHydrants: 'no' }) }),
        'capability',
      );
      expect(finding).toMatchObject({ key: 'capability:fire', severity: 'blocker' });
    });

    it('names the equipment its words give away, whichever step 2 says the system lacks', () => {
      const cases: [string, Partial<Scope['assets']>, string][] = [
        [
          'Water keeps coming from the second well when the main well fails',
          { backupSource: 'no' },
          'a backup water source',
        ],
        [
          'A generator runs the pumps during power cuts',
          { backupPower: 'no' },
          'backup power for the wells and pumps',
        ],
        ['The storage tank holds a full day of use', { storage: 'no' }, 'a storage tank'],
      ];
      for (const [statement, assets, needs] of cases) {
        const goal = makeExternalGoal('g', { statement });
        const [finding] = findingsOf(makeInput([goal], { scope: scopeWith(assets) }), 'capability');
        expect(finding?.severity).toBe('blocker');
        expect(finding?.message).toContain(
          `depends on ${needs}, but step 2 says the system has no`,
        );
      }
    });
  });
});
