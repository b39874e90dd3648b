import type { Meeting } from '../../src/shared/domain/approval';
import type { Scope } from '../../src/shared/domain/scope';
import { emptySewerSystem } from '../../src/shared/domain/sewer-system';
import type { UtilityProfile } from '../../src/shared/domain/utility';

/**
 * Steps 1 and 2 of the example utility: a small rural water district, named so that nobody can
 * take it for a real one. Its words hold an accent and an ampersand on purpose: the app's own
 * checks of escaping and fonts then run on the example too.
 */
export const exampleUtility: UtilityProfile = {
  name: 'Example: Cedar Creek Water',
  systemType: 'water',
  systemId: 'OR4100999',
  state: 'OR',
  connections: 340,
  population: 860,
  milesOfMain: 21,
  board: [
    {
      id: 'b1',
      name: 'Elena Ramírez',
      office: 'president',
      termEnds: '2027-06-30',
      onPlanningTeam: true,
    },
    {
      id: 'b2',
      name: 'Walt Hendricks',
      office: 'vice-president',
      termEnds: '2028-06-30',
      onPlanningTeam: false,
    },
    {
      id: 'b3',
      name: 'Marisol Ortega',
      office: 'secretary',
      termEnds: '2028-06-30',
      onPlanningTeam: true,
    },
    {
      id: 'b4',
      name: 'Dan Whitlock',
      office: 'treasurer',
      termEnds: '2027-06-30',
      onPlanningTeam: false,
    },
    {
      id: 'b5',
      name: 'Ruth Yazzie',
      office: 'member',
      termEnds: '2028-06-30',
      onPlanningTeam: false,
    },
  ],
  operators: [
    { id: 'op1', name: 'Luis Peña', certification: 'Water Distribution 2', onPlanningTeam: true },
    {
      id: 'op2',
      name: 'Kyle Brandt',
      certification: 'Water Distribution 1',
      onPlanningTeam: false,
    },
  ],
  helpers: [{ id: 'h1', name: 'Jo Anne Miller', role: 'Office manager and bookkeeper' }],
  goalSetting: 'board-with-operator',
};

export const exampleScope: Scope = {
  areas: ['regulatory', 'customer-service', 'water-efficiency'],
  mission:
    'Safe, reliable drinking water for every home on Cedar Creek, at a price our neighbors can afford.',
  missionSpanish:
    'Agua potable segura y confiable para cada hogar de Cedar Creek, a un precio que nuestros vecinos puedan pagar.',
  regulatoryStyle: 'blanket',
  regulatoryStatement:
    'We will meet every federal, state and local rule that applies to our water system.',
  regulatoryCategories: [],
  assets: { fireHydrants: 'yes', backupSource: 'yes', storage: 'yes', backupPower: 'no' },
  storageGallons: 250000,
  sewer: emptySewerSystem,
  assetLimits:
    'The well pumps have no backup power: a long power outage empties the tank in about two days.\nRidge Road is at the top of the system and has the lowest pressure.',
};

const noticeText =
  'Posted at the district office, the Cedar Creek post office and Ramírez & Sons Feed Store, and on the district’s Facebook page, one week before the meeting.';

/** The meeting that approved revision 1: moved, seconded and carried 4–0 with one absent. */
export const firstMeeting: Meeting = {
  date: '2025-12-09',
  place: 'Cedar Creek Grange Hall, 410 Grange Road',
  notice: noticeText,
  seats: 5,
  quorumRule: 'majority-of-seats',
  quorumFixed: null,
  threshold: 'majority-present',
  votes: [
    { memberId: 'b1', vote: 'aye' },
    { memberId: 'b2', vote: 'aye' },
    { memberId: 'b3', vote: 'aye' },
    { memberId: 'b4', vote: 'aye' },
    { memberId: 'b5', vote: 'absent' },
  ],
  movedBy: 'b3',
  secondedBy: 'b2',
  resolutionNumber: '2025-14',
  minutesExcerpt:
    'Director Ortega moved to adopt the Level of Service Agreement as presented; Director Hendricks seconded. Carried 4–0, Director Yazzie absent.',
};

/** Revision 2's meeting, set up but not held: the place to practise printing and voting. */
export const nextMeeting: Meeting = {
  ...firstMeeting,
  date: '2026-12-08',
  place: 'Ramírez & Sons Feed Store, back room, 12 Main Street',
  votes: [],
  movedBy: null,
  secondedBy: null,
  resolutionNumber: '',
  minutesExcerpt: '',
};
