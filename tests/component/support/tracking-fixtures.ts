import type { Workbook } from '../../../src/shared/domain/workbook';
import { readyForVote, recordedMeeting } from './approval-fixtures';
import { makeGoal } from './goal-fixtures';
import { createTestApi, type TestApi } from './test-api';
import { okValue } from './ok-value';

/**
 * Goals measured four ways, approved at the meeting of March 14, 2027; the backend's "today" is
 * June 1, 2027 (sampleToday), so the monthly goals owe March, April and May.
 * Numbered as the agreement prints them: water efficiency first, then customer service, then
 * regulatory.
 */
export function trackedGoals(workbook: Workbook): void {
  readyForVote(workbook);
  workbook.scope.value.areas = ['water-efficiency', 'customer-service', 'regulatory'];
  workbook.goals = [
    makeGoal({
      id: 'g-loss',
      area: 'water-efficiency',
      statement: 'We lose little of the water we pump.',
      measure: 'Water pumped but not billed',
      unit: '%',
      target: 15,
      frequency: 'yearly',
    }),
    makeGoal({
      id: 'g-answer',
      kind: 'external',
      statement: 'We answer every complaint within a working day.',
      measure: 'Working days from complaint to first contact',
      unit: 'working days',
      target: 1,
      frequency: 'monthly',
    }),
    makeGoal({
      id: 'g-pressure',
      kind: 'external',
      statement: 'Every customer has enough pressure.',
      measure: 'Lowest pressure at the worst point',
      unit: 'psi',
      direction: 'at-least',
      target: 25,
      frequency: 'monthly',
    }),
    makeGoal({
      id: 'g-outage',
      statement: 'We restore service quickly after a break.',
      measure: 'Hours without water',
      unit: 'hours',
      target: 8,
      frequency: 'each-event',
    }),
    makeGoal({
      id: 'g-samples',
      area: 'regulatory',
      statement: 'Every required sample is taken on time.',
      measure: 'All samples on time',
      unit: '',
      direction: 'yes-no',
      target: 1,
      baseline: { value: 1, asOf: '2025-12-31', source: 'Lab reports', missingReason: '' },
      frequency: 'monthly',
    }),
  ];
  workbook.meeting.value = recordedMeeting();
}

/** The backend with `trackedGoals` approved as revision 1. */
export async function approvedWithGoals(
  seed: (workbook: Workbook) => void = () => undefined,
): Promise<TestApi> {
  const backend = createTestApi((workbook) => {
    trackedGoals(workbook);
    seed(workbook);
  });
  await okValue(backend.api['approval:approve']());
  return backend;
}
