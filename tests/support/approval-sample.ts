import type { UtilityHandlers } from '../../src/main/handlers';
import { emptyMeeting, type Meeting } from '../../src/shared/domain/approval';
import { blankGoalFields, type GoalFields } from '../../src/shared/domain/goal';
import { cedarFlatsScope, cedarFlatsUtility } from '../unit/schemas/examples';

/** Goals the review has nothing to block: worded, measured, with a baseline. */
export function approvableGoals(): GoalFields[] {
  return [
    {
      ...blankGoalFields('internal'),
      area: 'water-efficiency',
      statement: 'Keep water loss at or below 15%',
      measure: 'Water lost as a share of water pumped',
      unit: '%',
      direction: 'at-most',
      target: 15,
      baseline: { value: 14, asOf: '2025-12-31', source: '2025 water audit', missingReason: '' },
      dataSource: 'Production meter against billed water',
      frequency: 'yearly',
      responsible: 'Gil Sandoval',
    },
    {
      ...blankGoalFields('external'),
      area: 'customer-service',
      statement: 'Answer complaints within 1 working day',
      measure: 'Working days from complaint to first contact',
      unit: 'working days',
      direction: 'at-most',
      target: 1,
      baseline: { value: 1, asOf: '2025-12-31', source: 'Complaint log', missingReason: '' },
      dataSource: 'Complaint log',
      frequency: 'monthly',
      responsible: 'Marge Ruiz',
      customerBasis: 'At the 2025 annual meeting members asked for quicker call-backs.',
    },
  ];
}

/**
 * Cedar Flats' five-member board adopting the agreement: moved by the president, seconded by the
 * secretary, carried 3–1 with one abstention. Board ids are those of cedarFlatsUtility().
 */
export function boardMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...emptyMeeting,
    date: '2027-03-09',
    place: 'Cedar Flats community hall',
    notice: 'Posted at the post office and on the well house door on March 2, 2027.',
    votes: [
      { memberId: 'b1', vote: 'aye' },
      { memberId: 'b2', vote: 'aye' },
      { memberId: 'b3', vote: 'aye' },
      { memberId: 'b4', vote: 'nay' },
      { memberId: 'b5', vote: 'abstain' },
    ],
    movedBy: 'b1',
    secondedBy: 'b3',
    resolutionNumber: '2027-3',
    minutesExcerpt: 'Motion to adopt the Level of Service Agreement. Carried 3–1, 1 abstaining.',
    ...overrides,
  };
}

/** Fills steps 1, 2, 3 and 5 and records a carried vote, so approval has nothing in its way. */
export async function prepareApprovable(
  handlers: UtilityHandlers,
  meeting: Meeting = boardMeeting(),
): Promise<void> {
  await handlers['utility:save']({ rev: 0, value: cedarFlatsUtility() });
  await handlers['scope:save']({ rev: 0, value: cedarFlatsScope() });
  for (const fields of approvableGoals()) await handlers['goals:add']({ fields });
  await handlers['approval:saveMeeting']({ rev: 0, value: meeting });
}
