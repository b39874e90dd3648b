import { describe, expect, it } from 'vitest';
import { findingsOf, makeExternalGoal, makeGoal, makeInput } from './review-fixtures';

describe('customer-input rule', () => {
  it('passes an external goal that says what customers said', () => {
    expect(findingsOf(makeInput([makeExternalGoal('e1')]), 'customer-input')).toEqual([]);
  });

  it('never asks an internal goal for customer input', () => {
    expect(
      findingsOf(makeInput([makeGoal('i1', { customerBasis: '' })]), 'customer-input'),
    ).toEqual([]);
  });

  it('flags, without blocking, an external goal with no customer input', () => {
    const goal = makeExternalGoal('e1', { customerBasis: ' ' });
    expect(findingsOf(makeInput([goal]), 'customer-input')).toEqual([
      {
        key: 'customer-input:e1',
        severity: 'warning',
        rule: 'customer-input',
        message:
          '“Answer complaints within 1 working day” is an external goal, but it does not say what customers said that it rests on.',
        fix: 'The customer step will let you link feedback; for now write what customers said (at a meeting, in complaints or in a survey) in the goal.',
        goalId: 'e1',
        area: 'customer-service',
      },
    ]);
  });
});
