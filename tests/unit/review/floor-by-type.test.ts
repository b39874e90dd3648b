import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/shared/domain/goal';
import type { SystemType } from '../../../src/shared/domain/utility';
import { cedarFlatsUtility } from '../schemas/examples';
import { findingsOf, keysOf, makeExternalGoal, makeInput } from './review-fixtures';

const inputFor = (goals: Goal[], systemType: SystemType) =>
  makeInput(goals, { utility: { ...cedarFlatsUtility(), systemType } });

const overflowReport = (target: number, floor: Goal['floor'] = 'overflow-report') =>
  makeExternalGoal('sso', {
    statement: 'Report every sewer overflow to the state quickly',
    measure: 'Hours from finding an overflow to reporting it to the state',
    unit: 'hours',
    direction: 'at-most',
    target,
    floor,
  });

describe('floor rule for sewer overflows', () => {
  it('blocks reporting an overflow later than the board’s floor', () => {
    const [finding] = findingsOf(inputFor([overflowReport(48)], 'wastewater'), 'floor');
    expect(finding?.severity).toBe('blocker');
    expect(finding?.message).toContain(
      "sets 48 hours, above the board's floor of 24 hours for reporting a sewer overflow to the state",
    );
    expect(finding?.fix).toContain('Set the target to at most 24 hours');
  });

  it('uses the board’s own value, and passes a target within it', () => {
    expect(findingsOf(inputFor([overflowReport(24)], 'wastewater'), 'floor')).toEqual([]);
    const input = inputFor([overflowReport(24)], 'both');
    input.settings.floors['overflow-report'] = 12;
    expect(findingsOf(input, 'floor')[0]?.message).toContain("the board's floor of 12 hours");
  });

  it('catches an overflow report typed by hand, with no floor chosen', () => {
    const typed = overflowReport(48, null);
    expect(keysOf(inputFor([typed], 'wastewater'), 'floor')).toEqual(['floor:sso']);
    const toCustomers = makeExternalGoal('tell', {
      statement: 'Tell neighbours of an overflow near their home',
      unit: 'hours',
      direction: 'at-most',
      target: 72,
    });
    expect(findingsOf(inputFor([toCustomers], 'wastewater'), 'floor')).toEqual([]);
  });

  it('leaves a floor of a service the utility does not run to the service rule', () => {
    const pressure = makeExternalGoal('psi', {
      statement: 'Keep enough pressure',
      unit: 'psi',
      direction: 'at-least',
      target: 10,
      floor: 'minimum-pressure',
    });
    const sewerOnly = inputFor([pressure], 'wastewater');
    expect(keysOf(sewerOnly, 'floor')).toEqual([]);
    expect(keysOf(sewerOnly, 'service')).toEqual(['service:psi']);
    const waterOnly = inputFor([overflowReport(48)], 'water');
    expect(keysOf(waterOnly, 'floor')).toEqual([]);
    expect(keysOf(waterOnly, 'service')).toEqual(['service:sso']);
    expect(keysOf(inputFor([pressure], 'water'), 'floor')).toEqual(['floor:psi']);
  });
});
