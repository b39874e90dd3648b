import { describe, expect, it } from 'vitest';
import type { GoalArea } from '../../src/shared/domain/goal-areas';
import { goalNumbers, goalsByArea, numberedGoals } from '../../src/shared/domain/goal-numbers';

const goal = (id: string, area: GoalArea | null) => ({ id, area });

describe('goal numbers', () => {
  // The board's order: internal and external goals mixed, areas out of the guidance's order.
  const board = [
    goal('cs-outages', 'customer-service'),
    goal('ee-power', 'energy-efficiency'),
    goal('new', null),
    goal('cs-notice', 'customer-service'),
    goal('rg-samples', 'regulatory'),
    goal('wc-loss', 'water-efficiency'),
  ];

  it('numbers area by area in the guidance order, in the board order within an area', () => {
    expect(numberedGoals(board).map(({ number, goal }) => `${number} ${goal.id}`)).toEqual([
      '1 ee-power',
      '2 wc-loss',
      '3 cs-outages',
      '4 cs-notice',
      '5 rg-samples',
      '6 new',
    ]);
  });

  it('puts the goals with no area yet last, in a group of their own', () => {
    expect(goalsByArea(board).map((group) => group.area)).toEqual([
      'energy-efficiency',
      'water-efficiency',
      'customer-service',
      'regulatory',
      null,
    ]);
  });

  it('gives each goal the same number by id, whatever order a screen lists them in', () => {
    const numbers = goalNumbers(board);
    expect(board.map((each) => numbers.get(each.id))).toEqual([3, 1, 6, 4, 5, 2]);
    expect(goalNumbers([...board].reverse()).get('ee-power')).toBe(1);
  });

  it('renumbers a goal when its area is chosen', () => {
    const chosen = board.map((each) =>
      each.id === 'new' ? goal('new', 'energy-efficiency') : each,
    );
    expect(goalNumbers(chosen).get('new')).toBe(2);
    expect(goalNumbers(chosen).get('rg-samples')).toBe(6);
  });

  it('numbers nothing when there are no goals', () => {
    expect(goalsByArea([])).toEqual([]);
  });
});
