import { describe, expect, it } from 'vitest';
import { readGoalCell } from '../../../../src/shared/domain/tracking/csv/read-goal-cell';
import { english } from '../../../support/english-said';

const goals = [
  { number: 1, statement: 'Our water mains seldom break or leak.' },
  { number: 2, statement: 'We lose little of the water we produce.' },
  { number: 3, statement: 'Every customer has enough water pressure.' },
];

const numberOf = (cell: string) => {
  const found = readGoalCell(cell, goals);
  return 'goal' in found ? found.goal.number : english(found.problem);
};

describe('reading which goal a row is for', () => {
  it.each(['3', ' 3 ', '3.0', 'Goal 3', 'goal 3', 'Goal #3', '#3', 'Goal no. 3', 'Meta 3'])(
    'reads %j as goal 3',
    (cell) => {
      expect(numberOf(cell)).toBe(3);
    },
  );

  it('reads the exact statement, in any case and spacing, with or without its stop', () => {
    expect(numberOf('We lose little of the water we produce.')).toBe(2);
    expect(numberOf('we lose  little of the water we produce')).toBe(2);
  });

  it('names the goals there are when the number is not one of them', () => {
    expect(numberOf('Goal 9')).toBe(
      'Goal: there is no goal 9 in the agreement in force; its goals are numbered 1 to 3.',
    );
  });

  it('refuses a statement that is not a goal’s, and a statement two goals share', () => {
    expect(numberOf('Water is good')).toBe(
      "Goal: 'Water is good' is neither a goal’s number nor the statement of a goal in the agreement in force. Write the goal’s number, such as 3.",
    );
    const twice = [...goals, { number: 4, statement: 'Every customer has enough water pressure' }];
    const found = readGoalCell('Every customer has enough water pressure.', twice);
    expect('problem' in found && { problem: english(found.problem) }).toEqual({
      problem:
        "Goal: 'Every customer has enough water pressur…' is the statement of more than one goal. Write the goal’s number instead.",
    });
    expect(numberOf('')).toBe('Goal: the cell is empty. Write the goal’s number, such as 3.');
  });
});
