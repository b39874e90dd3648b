import type { Meeting, VoteChoice } from '../../../src/shared/domain/approval';
import type { Workbook } from '../../../src/shared/domain/workbook';
import { makeGoal } from './goal-fixtures';

export const boardNames = ['Maria Peña', 'Joe Baca', 'Ana Lucero', 'Ray Ortiz', 'Lena Roybal'];

/** A utility with a board of five and two clean goals: nothing in the review blocks approval. */
export function readyForVote(workbook: Workbook): void {
  const offices = ['president', 'vice-president', 'secretary', 'treasurer', 'member'] as const;
  workbook.utility.value.name = 'Cedar Flats Water';
  workbook.utility.value.board = boardNames.map((name, index) => ({
    id: `b${index + 1}`,
    name,
    office: offices[index] ?? 'member',
    termEnds: '',
    onPlanningTeam: false,
  }));
  workbook.scope.value.areas = ['customer-service'];
  workbook.goals = [makeGoal({}), makeGoal({ kind: 'external' })];
  workbook.wizard = { currentStep: 'approval' };
}

/** A meeting with everything recorded: 4 ayes and a nay, moved and seconded. */
export function recordedMeeting(
  votes: VoteChoice[] = ['aye', 'aye', 'aye', 'aye', 'nay'],
): Meeting {
  return {
    date: '2027-03-14',
    place: 'Community hall',
    notice: 'Posted at the post office on March 4.',
    seats: null,
    quorumRule: 'majority-of-seats',
    quorumFixed: null,
    threshold: 'majority-present',
    votes: votes.map((vote, index) => ({ memberId: `b${index + 1}`, vote })),
    movedBy: 'b1',
    secondedBy: 'b2',
    resolutionNumber: '2027-3',
    minutesExcerpt: '',
  };
}
