import { describe, expect, it } from 'vitest';
import { reviewAgreement } from '../../../src/shared/domain/review/review-agreement';
import { findingsOf, makeGoal, makeInput } from './review-fixtures';

describe('stand-in rule', () => {
  it('says nothing when nobody stands in: the field is optional, as for a one-operator utility', () => {
    const goals = [makeGoal('g1'), makeGoal('g2', { responsible: '', standIn: '' })];
    expect(findingsOf(makeInput(goals), 'stand-in')).toEqual([]);
  });

  it('passes a stand-in who is someone other than the responsible person', () => {
    const goal = makeGoal('g1', { responsible: 'Gil Sandoval', standIn: 'Pat Romero' });
    expect(findingsOf(makeInput([goal]), 'stand-in')).toEqual([]);
  });

  it('warns when the responsible person is named again as the stand-in, however it is typed', () => {
    const goal = makeGoal('g1', { responsible: 'Gil Sandoval', standIn: '  gil  sandoval ' });
    expect(findingsOf(makeInput([goal]), 'stand-in')).toEqual([
      {
        key: 'stand-in:g1',
        severity: 'warning',
        rule: 'stand-in',
        message:
          'Goal 1 (“Keep water loss at or below 15%”) names Gil Sandoval both in “Who is responsible” and in “Who stands in”, so nobody covers the goal while Gil Sandoval is away.',
        fix: 'Open the goal and name someone else in “Who stands in” under Tracking, such as a relief operator or a board member, or leave it empty if nobody can.',
        goalId: 'g1',
        area: 'water-efficiency',
      },
    ]);
  });

  it('warns about a stand-in for a goal with nobody responsible', () => {
    const goal = makeGoal('g1', { responsible: '', standIn: 'Pat Romero' });
    const [finding] = findingsOf(makeInput([goal]), 'stand-in');
    expect(finding).toMatchObject({ severity: 'warning', goalId: 'g1' });
    expect(finding?.message).toBe(
      'Goal 1 (“Keep water loss at or below 15%”) fills in “Who stands in” but leaves “Who is responsible” empty, so the paper names someone to stand in for nobody.',
    );
    expect(finding?.fix).toContain('fill in “Who is responsible” under Tracking');
  });

  it('never blocks approval', () => {
    const goal = makeGoal('g1', { responsible: 'Gil Sandoval', standIn: 'Gil Sandoval' });
    const findings = reviewAgreement(makeInput([goal]));
    expect(findings.filter((finding) => finding.severity === 'blocker')).toEqual([]);
    expect(findings.map((finding) => finding.rule)).toContain('stand-in');
  });
});
