import { describe, expect, it } from 'vitest';
import { findingsOf, makeExternalGoal, makeGoal, makeInput } from './review-fixtures';

describe('balance rule', () => {
  it('passes with one internal and one external goal', () => {
    expect(findingsOf(makeInput([makeGoal('i'), makeExternalGoal('e')]), 'balance')).toEqual([]);
  });

  it('says nothing when there are no goals (the count rule covers that)', () => {
    expect(findingsOf(makeInput([]), 'balance')).toEqual([]);
  });

  it('warns when there is no external goal', () => {
    expect(findingsOf(makeInput([makeGoal('i1'), makeGoal('i2')]), 'balance')).toEqual([
      {
        key: 'balance:external',
        severity: 'warning',
        rule: 'balance',
        message:
          'There is no external goal. External goals are the service customers feel, such as how fast a crew comes, how much notice customers get and how soon a complaint is answered.',
        fix: 'Add at least one external goal on the External goals step, based on what customers said.',
        goalId: null,
        area: null,
      },
    ]);
  });

  it('warns when there is no internal goal', () => {
    const findings = findingsOf(makeInput([makeExternalGoal('e1')]), 'balance');
    expect(findings.map((f) => [f.key, f.severity])).toEqual([['balance:internal', 'warning']]);
    expect(findings[0]?.fix).toBe(
      'Add at least one internal goal on the Internal goals step, with the operator.',
    );
  });
});
