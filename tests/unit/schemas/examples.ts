import { emptySewerSystem } from '../../../src/shared/domain/sewer-system';
import type { Scope } from '../../../src/shared/domain/scope';
import type { UtilityProfile } from '../../../src/shared/domain/utility';

/** A fully filled step 1, as a small New Mexico water association would enter it. */
export function cedarFlatsUtility(): UtilityProfile {
  return {
    name: 'Cedar Flats Mutual Domestic Water Consumers Association',
    systemType: 'water',
    systemId: 'NM3512301',
    state: 'NM',
    connections: 212,
    population: 540,
    milesOfMain: 14.5,
    board: [
      {
        id: 'b1',
        name: 'Rosa Martínez',
        office: 'president',
        termEnds: '2027-06-30',
        onPlanningTeam: true,
      },
      {
        id: 'b2',
        name: 'Dale Whitaker',
        office: 'vice-president',
        termEnds: '2026-06-30',
        onPlanningTeam: false,
      },
      {
        id: 'b3',
        name: 'Ana Chávez',
        office: 'secretary',
        termEnds: '2028-06-30',
        onPlanningTeam: true,
      },
      { id: 'b4', name: 'Tom Begay', office: 'treasurer', termEnds: '', onPlanningTeam: false },
      {
        id: 'b5',
        name: 'Lucy Ortiz',
        office: 'member',
        termEnds: '2027-12-31',
        onPlanningTeam: false,
      },
    ],
    operators: [
      {
        id: 'op-1',
        name: 'Gil Sandoval',
        certification: 'NM Water System Operator Level 2',
        onPlanningTeam: true,
      },
    ],
    helpers: [{ id: 'h_1', name: 'Marge Ruiz', role: 'Bookkeeper' }],
    goalSetting: 'president-with-operator',
  };
}

/** A fully filled step 2 for the same association. */
export function cedarFlatsScope(): Scope {
  return {
    areas: ['water-efficiency', 'customer-service', 'regulatory'],
    mission: 'Safe, reliable water at a fair price for every member of Cedar Flats.',
    missionSpanish: '',
    regulatoryStyle: 'blanket',
    regulatoryStatement:
      'We will comply with all applicable federal, state and local rules for our system.',
    regulatoryCategories: [],
    assets: { fireHydrants: 'no', backupSource: 'yes', storage: 'yes', backupPower: 'no' },
    storageGallons: 120000,
    sewer: emptySewerSystem,
    assetLimits: 'No hydrants: the system cannot provide fire flow.\nOne well only in summer.',
  };
}
