import { emptySewerSystem } from '../../../src/shared/domain/sewer-system';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import {
  emptyMeeting,
  type Meeting,
  type MemberVote,
  type VoteChoice,
} from '../../../src/shared/domain/approval';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import type { BoardMember } from '../../../src/shared/domain/utility';

/** A board of the given size, members m1…mN named "Member 1"…, the first its president. */
export function boardOf(size: number): BoardMember[] {
  return Array.from({ length: size }, (_, index) => ({
    id: `m${index + 1}`,
    name: `Member ${index + 1}`,
    office: index === 0 ? 'president' : 'member',
    termEnds: '',
    onPlanningTeam: false,
  }));
}

/**
 * Vote rows given in board order as a string of letters: y aye, n nay, a abstain, x absent,
 * and "-" for a member with no vote row at all.
 */
export function votesOf(letters: string): MemberVote[] {
  const choices: Record<string, VoteChoice> = { y: 'aye', n: 'nay', a: 'abstain', x: 'absent' };
  return [...letters].flatMap((letter, index) => {
    const vote = choices[letter];
    return vote === undefined ? [] : [{ memberId: `m${index + 1}`, vote }];
  });
}

/** An otherwise empty meeting with the given votes (see votesOf). */
export function meetingWith(letters: string, overrides: Partial<Meeting> = {}): Meeting {
  return { ...emptyMeeting, votes: votesOf(letters), ...overrides };
}

/** A meeting with nothing missing: Member 1 moves, Member 2 seconds, 4–1 with 1 abstaining. */
export function completeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return meetingWith('yyyyna', {
    date: '2026-03-12',
    place: 'Pine Hollow community hall',
    notice: 'Posted at the post office and the well house on 2026-03-05.',
    movedBy: 'm1',
    secondedBy: 'm2',
    resolutionNumber: '2026-3',
    ...overrides,
  });
}

/**
 * The worked example of docs/fingerprint.md: a three-member association with one goal, kept
 * literal here so that a change to shared test data cannot move the documented value.
 */
export function workedExampleContent(): AgreementContent {
  return {
    revision: 1,
    utility: {
      name: 'Pine Hollow Water Association',
      systemType: 'water',
      systemId: 'NM3500101',
      state: 'NM',
      connections: 64,
      population: 150,
      milesOfMain: 3.5,
      board: [
        {
          id: 'm1',
          name: 'Rosa Martínez',
          office: 'president',
          termEnds: '2027-06-30',
          onPlanningTeam: true,
        },
        {
          id: 'm2',
          name: 'Dale Whitaker',
          office: 'secretary',
          termEnds: '',
          onPlanningTeam: false,
        },
        { id: 'm3', name: 'Tom Begay', office: 'treasurer', termEnds: '', onPlanningTeam: false },
      ],
      operators: [
        { id: 'op1', name: 'Gil Sandoval', certification: 'Level 2', onPlanningTeam: true },
      ],
      helpers: [],
      goalSetting: 'president-with-operator',
    },
    scope: {
      areas: ['water-efficiency'],
      mission: 'Safe water at a fair price.',
      missionSpanish: '',
      regulatoryStyle: 'blanket',
      regulatoryStatement: 'We will meet every rule that applies to our system.',
      regulatoryCategories: [],
      assets: { fireHydrants: 'no', backupSource: 'no', storage: 'yes', backupPower: 'no' },
      storageGallons: 20000,
      sewer: emptySewerSystem,
      assetLimits: 'No hydrants.',
    },
    goals: [
      {
        ...blankGoalFields('internal'),
        area: 'water-efficiency',
        direction: 'at-most',
        id: 'g1',
        statement: 'Keep water loss at or below 15%',
        measure: 'Water lost as a share of water pumped',
        unit: '%',
        target: 15,
        baseline: { value: 18, asOf: '2025-12-31', source: '2025 audit', missingReason: '' },
        dataSource: 'Well meter against billed water',
        frequency: 'yearly',
        responsible: 'Operator',
        setBy: ['m1', 'op1'],
      },
    ],
    reviewSettings: {
      floors: { 'minimum-pressure': 20, 'tier-1-notice': 24, 'overflow-report': 24 },
      areaReasons: {},
    },
  };
}

/** The worked example's meeting: 2–0 with Tom Begay absent. */
export function workedExampleMeeting(): Meeting {
  return {
    ...emptyMeeting,
    date: '2026-03-12',
    place: 'Community hall',
    notice: 'Posted at the well house.',
    votes: [
      { memberId: 'm1', vote: 'aye' },
      { memberId: 'm2', vote: 'aye' },
      { memberId: 'm3', vote: 'absent' },
    ],
    movedBy: 'm1',
    secondedBy: 'm2',
    resolutionNumber: '2026-3',
  };
}
