import { blankGoalFields, type Goal, type GoalFields } from '../../src/shared/domain/goal';

function goal(id: string, fields: Partial<GoalFields> & Pick<GoalFields, 'kind' | 'area'>): Goal {
  return {
    ...blankGoalFields(fields.kind),
    direction: 'at-most',
    measure: 'What is counted',
    baseline: { value: 9, asOf: '2025-12-31', source: 'Records', missingReason: '' },
    dataSource: 'Records',
    frequency: 'monthly',
    responsible: 'Operator',
    ...fields,
    id,
    rev: 0,
  };
}

/**
 * Four goals in the board's order, which is not the agreement's: the agreement numbers area by
 * area (energy efficiency first), so the outage goal, second in the board's list of external
 * goals and first on the board's whole list, is Goal 3 everywhere.
 */
export function boardOrderGoals(): Goal[] {
  return [
    goal('g-outage', {
      kind: 'external',
      area: 'customer-service',
      statement: 'Water is back on within 8 hours',
      unit: 'hours',
      target: 8,
    }),
    goal('g-power', {
      kind: 'internal',
      area: 'energy-efficiency',
      statement: 'Pumping uses less power per gallon',
      unit: 'kWh per 1,000 gallons',
      target: 2,
      baseline: { value: 2.2, asOf: '2025-12-31', source: 'Power bills', missingReason: '' },
    }),
    goal('g-loss', {
      kind: 'internal',
      area: 'water-efficiency',
      statement: 'We lose little of the water we pump',
      unit: '%',
      target: 12,
      baseline: { value: 13, asOf: '2025-12-31', source: 'Audit', missingReason: '' },
    }),
    goal('g-calls', {
      kind: 'external',
      area: 'customer-service',
      statement: 'Calls are answered within 1 working day',
      unit: 'working days',
      target: 1,
      baseline: { value: 1, asOf: '2025-12-31', source: 'Call log', missingReason: '' },
    }),
  ];
}

/** The goal whose number the tests follow, and that number. */
export const followedGoal = {
  id: 'g-outage',
  statement: 'Water is back on within 8 hours',
  number: 3,
};
