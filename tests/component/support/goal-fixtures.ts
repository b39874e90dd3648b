import { blankGoalFields, type Goal, type GoalFields } from '../../../src/shared/domain/goal';

let made = 0;

/** A complete, passing goal unless the test says otherwise. */
export function makeGoal(overrides: Partial<GoalFields> & { id?: string } = {}): Goal {
  made += 1;
  const { id, ...fields } = overrides;
  const kind = fields.kind ?? 'internal';
  return {
    ...blankGoalFields(kind),
    area: 'customer-service',
    statement: `Goal number ${made}`,
    measure: 'Hours to restore',
    unit: 'hours',
    direction: 'at-most',
    target: 8,
    baseline: { value: 9, asOf: '2025-12-31', source: 'Outage log', missingReason: '' },
    customerBasis: kind === 'external' ? 'Members asked for it at the annual meeting.' : '',
    ...fields,
    id: id ?? `seed-${made}`,
    rev: 0,
  };
}
