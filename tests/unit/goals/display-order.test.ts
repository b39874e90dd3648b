import { describe, expect, it } from 'vitest';
import { blankGoalFields, type Goal, type GoalKind } from '../../../src/shared/domain/goal';
import type { GoalArea } from '../../../src/shared/domain/goal-areas';
import { displayOrder, swapped } from '../../../src/renderer/src/features/goals/display-order';

const goal = (id: string, kind: GoalKind, area: GoalArea | null): Goal => ({
  ...blankGoalFields(kind),
  area,
  statement: id,
  id,
  rev: 0,
});

// The board's order: kinds mixed, areas out of the guidance's order.
const board = [
  goal('cs-outages', 'external', 'customer-service'),
  goal('ee-power', 'internal', 'energy-efficiency'),
  goal('unsorted', 'internal', null),
  goal('cs-notice', 'external', 'customer-service'),
  goal('rg-samples', 'internal', 'regulatory'),
  goal('ee-pumps', 'internal', 'energy-efficiency'),
];

const ids = (kind: GoalKind, held: Parameters<typeof displayOrder>[2] = null) =>
  displayOrder(board, kind, held).map(({ goal }) => goal.id);

describe('the goal cards’ order on screen', () => {
  it('follows the agreement’s numbers, area by area, not the order the goals were added in', () => {
    expect(ids('internal')).toEqual(['ee-power', 'ee-pumps', 'rg-samples', 'unsorted']);
    expect(ids('external')).toEqual(['cs-outages', 'cs-notice']);
  });

  it('offers Move up and Move down only within an area, where they change the numbers', () => {
    const shown = displayOrder(board, 'internal', null);
    expect(shown.map(({ above, below }) => [above, below])).toEqual([
      [null, 'ee-pumps'],
      ['ee-power', null],
      [null, null],
      [null, null],
    ]);
  });

  it('keeps an open goal where it was while its area is changed, until it is closed', () => {
    const moved = board.map((each) =>
      each.id === 'ee-power' ? { ...each, area: 'regulatory' as const } : each,
    );
    const held = { id: 'ee-power', area: 'energy-efficiency' as const };
    expect(displayOrder(moved, 'internal', held).map(({ goal }) => goal.id)).toEqual([
      'ee-power',
      'ee-pumps',
      'rg-samples',
      'unsorted',
    ]);
    expect(displayOrder(moved, 'internal', null).map(({ goal }) => goal.id)).toEqual([
      'ee-pumps',
      'ee-power',
      'rg-samples',
      'unsorted',
    ]);
  });

  it('stores a move as the board’s order of that kind with the two goals swapped', () => {
    expect(swapped(board, 'internal', 'ee-power', 'ee-pumps')).toEqual([
      'ee-pumps',
      'unsorted',
      'rg-samples',
      'ee-power',
    ]);
  });
});
