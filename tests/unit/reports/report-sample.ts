import { saidEach } from '../../../src/shared/i18n/said-each';
import type { TrackedGoal, TrackingView } from '../../../src/shared/api/tracking-contract';
import type { Actual } from '../../../src/shared/domain/tracking/tracking-records';

/** A result of a goal for a period, as the store keeps it. */
export function result(goalId: string, period: string, value: number): Actual {
  return {
    id: `${goalId}-${period}`,
    goalId,
    revision: 2,
    period,
    value,
    source: '',
    note: '',
    recordedAt: '2028-02-01T00:00:00.000Z',
  };
}

/** A monthly goal of the overview, at most `target`, with its results. */
export function monthlyGoal(
  fields: Partial<TrackedGoal> & Pick<TrackedGoal, 'id' | 'number' | 'statement'>,
): TrackedGoal {
  return {
    kind: 'external',
    measure: '',
    unit: 'hours',
    direction: 'at-most',
    target: 8,
    targetHigh: null,
    frequency: 'monthly',
    targetWords: saidEach({ en: 'at most 8 hours', es: 'como máximo 8 horas' }),
    periodKind: 'month',
    status: 'on-track',
    actuals: [],
    fromLog: null,
    latestMeets: null,
    missing: [],
    thisYear: { met: 0, missed: 0 },
    periods: [],
    ...fields,
  };
}

/** The overview of revision 2, approved on 1 July 2027, seen on 3 February 2028. */
export function sampleView(goals: TrackedGoal[]): TrackingView & {
  inForce: NonNullable<TrackingView['inForce']>;
} {
  return {
    inForce: { revision: 2, approvedOn: '2027-07-01', nextReviewOn: '2028-07-01' },
    problem: null,
    today: '2028-02-03',
    areas: [{ area: 'customer-service', goals }],
    due: [],
  };
}
