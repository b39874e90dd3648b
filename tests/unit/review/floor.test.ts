import { describe, expect, it } from 'vitest';
import { findingsOf, keysOf, makeExternalGoal, makeInput } from './review-fixtures';

function pressureGoal(target: number) {
  return makeExternalGoal('psi', {
    statement: 'Keep enough pressure at every tap',
    measure: 'Pressure at the worst point',
    unit: 'psi',
    direction: 'at-least',
    target,
    baseline: { value: 28, asOf: '2025-12-31', source: 'Gauge rounds', missingReason: '' },
    floor: 'minimum-pressure',
  });
}

function noticeGoal(target: number) {
  return makeExternalGoal('notice', {
    statement: 'Tell customers of a boil-water order quickly',
    measure: 'Hours from violation to notice',
    unit: 'hours',
    direction: 'at-most',
    target,
    floor: 'tier-1-notice',
  });
}

describe('floor rule', () => {
  it('passes pressure exactly at the floor, and above it', () => {
    expect(findingsOf(makeInput([pressureGoal(20)]), 'floor')).toEqual([]);
    expect(findingsOf(makeInput([pressureGoal(35)]), 'floor')).toEqual([]);
  });

  it('blocks pressure below the floor, naming the floor, the common value, its basis and that it can change', () => {
    const [finding] = findingsOf(makeInput([pressureGoal(15)]), 'floor');
    expect(finding).toMatchObject({ key: 'floor:psi', severity: 'blocker', goalId: 'psi' });
    expect(finding?.message).toBe(
      "Goal 1 (“Keep enough pressure at every tap”) sets 15 psi, below the board's floor of 20 psi for minimum water pressure. The common state value is 20 psi: Most states require at least 20 psi everywhere in the system at all times (for example New York and Illinois); some require 25 or 35. States differ, so the floor can be changed on this step.",
    );
    expect(finding?.fix).toBe(
      "Set the target to at least 20 psi, or, if your state's rule is different, change the floor on this step.",
    );
  });

  it('uses the floor the board set: at 25 psi a 20 psi target fails', () => {
    const input = makeInput([pressureGoal(20)]);
    input.settings.floors['minimum-pressure'] = 25;
    const [finding] = findingsOf(input, 'floor');
    expect(finding?.severity).toBe('blocker');
    expect(finding?.message).toContain("below the board's floor of 25 psi");
    expect(finding?.message).toContain('The common state value is 20 psi');
  });

  it('passes a lower target when the board lowered the floor', () => {
    const input = makeInput([pressureGoal(15)]);
    input.settings.floors['minimum-pressure'] = 15;
    expect(findingsOf(input, 'floor')).toEqual([]);
  });

  it('checks an at-most floor from above: 24 hours passes, 36 fails', () => {
    expect(findingsOf(makeInput([noticeGoal(24)]), 'floor')).toEqual([]);
    const [finding] = findingsOf(makeInput([noticeGoal(36)]), 'floor');
    expect(finding?.message).toContain("sets 36 hours, above the board's floor of 24 hours");
    expect(finding?.fix).toContain('Set the target to at most 24 hours');
  });

  it('checks the low end of a pressure range', () => {
    const range = { ...pressureGoal(18), direction: 'range' as const, targetHigh: 80 };
    expect(keysOf(makeInput([range]), 'floor')).toEqual(['floor:psi']);
    expect(findingsOf(makeInput([{ ...range, target: 35 }]), 'floor')).toEqual([]);
  });

  it('leaves a goal without a target to the measurable rule', () => {
    expect(findingsOf(makeInput([{ ...pressureGoal(20), target: null }]), 'floor')).toEqual([]);
  });

  describe('a minimum-pressure goal written by hand', () => {
    const handWritten = (overrides: object) => ({
      ...pressureGoal(15),
      floor: null,
      statement: 'Keep the minimum pressure at 15',
      ...overrides,
    });

    it('is checked against the pressure floor', () => {
      const goals = [
        handWritten({ id: 'a' }),
        handWritten({
          id: 'b',
          statement: 'Good pressure',
          measure: 'Minimum water pressure',
          unit: 'PSI',
        }),
      ];
      expect(keysOf(makeInput(goals), 'floor')).toEqual(['floor:a', 'floor:b']);
    });

    it('passes when it meets the floor', () => {
      expect(findingsOf(makeInput([handWritten({ target: 20 })]), 'floor')).toEqual([]);
    });

    it('is not caught without psi or without "minimum pressure"', () => {
      const goals = [
        handWritten({ id: 'a', unit: 'bar' }),
        handWritten({
          id: 'b',
          statement: 'Keep pressure steady',
          measure: 'Pressure at the tank',
        }),
      ];
      expect(findingsOf(makeInput(goals), 'floor')).toEqual([]);
    });
  });
});
