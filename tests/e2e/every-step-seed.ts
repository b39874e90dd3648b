import type { Workbook } from '../../src/shared/domain/workbook';
import { daysAgo } from './pages/approval-step';
import { customersHeard, readyForApproval } from './seeds';

/**
 * Every step holds something to show: the utility and scope, four goals, an annual meeting with
 * comment cards, and a board meeting recorded down to the minutes, ready to approve. Opens on
 * step 1.
 */
export function everyStepFilled(): Workbook {
  const workbook = customersHeard();
  workbook.goals = readyForApproval().goals;
  workbook.meeting.value = {
    ...workbook.meeting.value,
    date: daysAgo(1),
    place: 'Cedar Flats community hall',
    notice: 'Posted at the post office and the well house 10 days ahead.',
    votes: [
      { memberId: 'b1', vote: 'aye' },
      { memberId: 'b2', vote: 'aye' },
      { memberId: 'b3', vote: 'aye' },
      { memberId: 'b4', vote: 'aye' },
      { memberId: 'b5', vote: 'nay' },
    ],
    movedBy: 'b3',
    secondedBy: 'b4',
    resolutionNumber: '2026-12',
    minutesExcerpt:
      'Motion by Ana Lucero, seconded by Ray Ortiz, to adopt the Level of Service Agreement. Carried 4–1.',
  };
  workbook.wizard.currentStep = 'utility';
  return workbook;
}

/**
 * The same agreement with a board of nine, a roll call longer than a laptop screen: meeting mode
 * must keep the outcome in view while the secretary works down the list.
 */
export function nineMemberBoard(): Workbook {
  const workbook = everyStepFilled();
  const more = ['Rosa Trujillo', 'Ben Archuleta', 'Carmen Sisneros', 'Luis Gallegos'];
  workbook.utility.value.board.push(
    ...more.map((name, index) => ({
      id: `b${index + 6}`,
      name,
      office: 'member' as const,
      termEnds: '',
      onPlanningTeam: false,
    })),
  );
  workbook.meeting.value.votes = [];
  workbook.wizard.currentStep = 'approval';
  return workbook;
}
