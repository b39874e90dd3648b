import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/shared/domain/goal';
import {
  findingsOf,
  keysOf,
  makeExternalGoal,
  makeGoal,
  makeInput,
  tenGoodGoals,
} from './review-fixtures';

function goalsInChosenAreas(count: number): Goal[] {
  const areas = ['water-efficiency', 'customer-service', 'regulatory'] as const;
  return Array.from({ length: count }, (_, index) =>
    (index === 0 ? makeExternalGoal : makeGoal)(`g${index + 1}`, { area: areas[index % 3] }),
  );
}

describe('count rule', () => {
  it('blocks an agreement with no goals', () => {
    expect(findingsOf(makeInput([]), 'count')).toEqual([
      {
        key: 'count:none',
        severity: 'blocker',
        rule: 'count',
        message: 'There are no goals yet.',
        fix: 'Add internal goals on the Internal goals step and external goals on the External goals step; the templates are a quick start. Aim for 10–12 goals from 3–4 areas.',
        goalId: null,
        area: null,
      },
    ]);
  });

  it('says nothing about 10 to 15 goals from 3 areas', () => {
    expect(findingsOf(makeInput(tenGoodGoals()), 'count')).toEqual([]);
    expect(findingsOf(makeInput(goalsInChosenAreas(15)), 'count')).toEqual([]);
  });

  it('warns at 16 goals that tracking costs can outweigh the benefit', () => {
    const findings = findingsOf(makeInput(goalsInChosenAreas(16)), 'count');
    expect(findings.map((f) => [f.key, f.severity])).toEqual([['count:too-many', 'warning']]);
    expect(findings[0]?.message).toBe(
      'The agreement has 16 goals. Tracking costs can outweigh the benefit; start with 10–12 from 3–4 areas.',
    );
  });

  it('gives the 10–12 goals from 3–4 areas guidance as one note for fewer than 10 goals', () => {
    const findings = findingsOf(makeInput(goalsInChosenAreas(9)), 'count');
    expect(findings.map((f) => [f.key, f.severity])).toEqual([['count:guidance', 'note']]);
    expect(findings[0]?.message).toBe(
      'The agreement has 9 goals from 3 areas. A good start is 10–12 simple goals from 3–4 areas; add more at a yearly review.',
    );
  });

  it('says "1 goal from 1 area" in the singular', () => {
    expect(findingsOf(makeInput([makeGoal('g1')]), 'count')[0]?.message).toMatch(
      /^The agreement has 1 goal from 1 area\./,
    );
  });

  it('gives the same single note for goals spread over more than 4 areas', () => {
    const others = ['social', 'environmental', 'energy-efficiency'] as const;
    const spread = [...others.map((area) => makeGoal(area, { area })), ...goalsInChosenAreas(7)];
    expect(keysOf(makeInput(spread), 'count')).toEqual(['count:guidance']);
    expect(findingsOf(makeInput(spread), 'count')[0]?.message).toContain('10 goals from 6 areas');
  });

  it('still gives only one note when there are both few goals and many areas', () => {
    const goals = (
      ['social', 'environmental', 'energy-efficiency', 'regulatory', 'customer-service'] as const
    ).map((area, index) => makeGoal(`g${index}`, { area }));
    expect(keysOf(makeInput(goals), 'count')).toEqual(['count:guidance']);
  });
});
