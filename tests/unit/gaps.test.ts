import { describe, expect, it } from 'vitest';
import { emptyScope, scopeGaps as scopeSaids, type Scope } from '../../src/shared/domain/scope';
import type { SewerSystem } from '../../src/shared/domain/sewer-system';
import {
  emptyUtilityProfile,
  utilityGaps as utilitySaids,
  type UtilityProfile,
} from '../../src/shared/domain/utility';
import { sayIn } from '../../src/shared/i18n/say-in';
import { cedarFlatsScope, cedarFlatsUtility } from './schemas/examples';

// The gaps as an English reader sees them.
const utilityGaps = (profile: UtilityProfile) =>
  utilitySaids(profile).map((gap) => sayIn(gap, 'en'));
const scopeGaps = (...args: Parameters<typeof scopeSaids>) =>
  scopeSaids(...args).map((gap) => sayIn(gap, 'en'));

describe('utilityGaps', () => {
  it('lists everything step 1 needs for an empty draft', () => {
    expect(utilityGaps(emptyUtilityProfile)).toEqual([
      "Type the utility's name.",
      'Choose water, wastewater or both.',
      'Pick the state.',
      'Enter the number of connections.',
      'Add the board members.',
      'Mark one board member as president.',
      'Add the operator.',
    ]);
  });

  it('lists nothing for a fully filled utility', () => {
    expect(utilityGaps(cedarFlatsUtility())).toEqual([]);
  });

  // Each case: a change that opens exactly one gap in a filled utility.
  const cases: [string, (p: UtilityProfile) => void, string][] = [
    ['name', (p) => (p.name = ''), "Type the utility's name."],
    ['system type', (p) => (p.systemType = null), 'Choose water, wastewater or both.'],
    ['state', (p) => (p.state = null), 'Pick the state.'],
    ['connections', (p) => (p.connections = null), 'Enter the number of connections.'],
    [
      'unnamed board member',
      (p) => (p.board[3]!.name = ''),
      'Type a name for board member 4, or remove the row.',
    ],
    ['president', (p) => (p.board[0]!.office = 'member'), 'Mark one board member as president.'],
    [
      'unnamed operator',
      (p) => (p.operators[0]!.name = ''),
      'Type a name for operator 1, or remove the row.',
    ],
    ['operators', (p) => (p.operators = []), 'Add the operator.'],
  ];

  for (const [what, open, gap] of cases) {
    it(`asks for the ${what} when missing and stops once it is filled`, () => {
      const profile = cedarFlatsUtility();
      open(profile);
      expect(utilityGaps(profile)).toEqual([gap]);
      expect(utilityGaps(cedarFlatsUtility())).not.toContain(gap);
    });
  }

  it('asks for board members, then for a president once members exist', () => {
    const profile = { ...cedarFlatsUtility(), board: [] };
    expect(utilityGaps(profile)).toEqual([
      'Add the board members.',
      'Mark one board member as president.',
    ]);
  });

  it('does not require population, miles of main, a system ID or helpers', () => {
    const profile = {
      ...cedarFlatsUtility(),
      population: null,
      milesOfMain: null,
      systemId: '',
      helpers: [],
    };
    expect(utilityGaps(profile)).toEqual([]);
  });

  it('names each unnamed board row by its position', () => {
    const profile = cedarFlatsUtility();
    profile.board[1]!.name = '';
    profile.board[4]!.name = '';
    expect(utilityGaps(profile)).toEqual([
      'Type a name for board member 2, or remove the row.',
      'Type a name for board member 5, or remove the row.',
    ]);
  });
});

describe('scopeGaps', () => {
  it('lists everything step 2 needs for an empty draft', () => {
    expect(scopeGaps(emptyScope, 'water')).toEqual([
      'Choose at least one goal area (three or four is a good start).',
      'Write a short mission statement.',
      'Answer each question about what the water system has (ask the operator).',
    ]);
  });

  it('lists nothing for a filled step 2', () => {
    expect(scopeGaps(cedarFlatsScope(), 'water')).toEqual([]);
  });

  const cases: [string, (s: Scope) => void, string][] = [
    [
      'goal areas',
      (s) => (s.areas = []),
      'Choose at least one goal area (three or four is a good start).',
    ],
    ['mission', (s) => (s.mission = ''), 'Write a short mission statement.'],
    [
      'regulatory statement',
      (s) => (s.regulatoryStatement = ''),
      'Write the regulatory statement.',
    ],
    [
      'asset answers',
      (s) => (s.assets.backupPower = 'unknown'),
      'Answer each question about what the water system has (ask the operator).',
    ],
  ];

  for (const [what, open, gap] of cases) {
    it(`asks for the ${what} when missing and stops once filled`, () => {
      const scope = cedarFlatsScope();
      open(scope);
      expect(scopeGaps(scope, 'water')).toEqual([gap]);
      expect(scopeGaps(cedarFlatsScope(), 'water')).not.toContain(gap);
    });
  }

  it('asks for a category statement when statements are by category and all are blank', () => {
    const scope: Scope = {
      ...cedarFlatsScope(),
      regulatoryStyle: 'categories',
      regulatoryCategories: [],
    };
    const gap = 'Write at least one regulatory category statement.';
    expect(scopeGaps(scope, 'water')).toEqual([gap]);
    scope.regulatoryCategories = [{ id: 'c1', text: '' }];
    expect(scopeGaps(scope, 'water')).toEqual([gap]);
    scope.regulatoryCategories.push({ id: 'c2', text: 'Lead and copper sampling on schedule.' });
    expect(scopeGaps(scope, 'water')).toEqual([]);
  });

  it('ignores the broad statement when statements are by category, and the categories otherwise', () => {
    const byCategory: Scope = {
      ...cedarFlatsScope(),
      regulatoryStyle: 'categories',
      regulatoryStatement: '',
      regulatoryCategories: [{ id: 'c1', text: 'Reports filed on time.' }],
    };
    expect(scopeGaps(byCategory, 'water')).toEqual([]);
    expect(
      scopeGaps(
        { ...byCategory, regulatoryStyle: 'blanket', regulatoryStatement: 'We comply.' },
        'water',
      ),
    ).toEqual([]);
    expect(scopeGaps({ ...byCategory, regulatoryStyle: 'blanket' }, 'water')).toEqual([
      'Write the regulatory statement.',
    ]);
  });

  it('accepts "no" as an answer about equipment', () => {
    const scope = cedarFlatsScope();
    scope.assets = { fireHydrants: 'no', backupSource: 'no', storage: 'no', backupPower: 'no' };
    expect(scopeGaps(scope, 'water')).toEqual([]);
  });

  const sewerGaps = [
    'Say whether the sewer mains are gravity, force or both.',
    'Enter how many lift stations the system has (0 if none).',
    'Say where the sewage is treated.',
    'Say whether rain and groundwater get into the sewers (ask the operator).',
  ];
  const waterGap = 'Answer each question about what the water system has (ask the operator).';

  /** Cedar Flats' step 2 with the sanitation district's sewer answers, all given. */
  function answeredSewer(change: Partial<SewerSystem> = {}): Scope {
    return {
      ...cedarFlatsScope(),
      sewer: {
        milesOfSewer: null,
        collection: 'gravity',
        liftStations: 3,
        liftStationsWithBackupPower: 2,
        treatment: 'lagoon',
        inflowInfiltration: 'yes',
        dischargePermit: '',
        ...change,
      },
    };
  }

  it('asks a sewer district only the sewer questions', () => {
    const scope: Scope = { ...emptyScope, areas: ['regulatory'], mission: 'Clean river.' };
    expect(scopeGaps(scope, 'wastewater')).toEqual(sewerGaps);
  });

  it('asks a combined utility, and one whose type is not chosen, both sets', () => {
    const scope: Scope = { ...emptyScope, areas: ['regulatory'], mission: 'Clean river.' };
    expect(scopeGaps(scope, 'both')).toEqual([waterGap, ...sewerGaps]);
    expect(scopeGaps(scope, null)).toEqual([waterGap, ...sewerGaps]);
  });

  it('does not ask a water system the sewer questions', () => {
    expect(scopeGaps({ ...cedarFlatsScope(), sewer: emptyScope.sewer }, 'water')).toEqual([]);
  });

  it('accepts a partial lift-station answer and needs neither the miles nor the permit', () => {
    expect(scopeGaps(answeredSewer(), 'wastewater')).toEqual([]);
    expect(scopeGaps(answeredSewer({ liftStationsWithBackupPower: 0 }), 'wastewater')).toEqual([]);
  });

  it('asks how many lift stations have backup power only when there are some', () => {
    expect(scopeGaps(answeredSewer({ liftStationsWithBackupPower: null }), 'wastewater')).toEqual([
      'Enter how many lift stations have backup power.',
    ]);
    expect(
      scopeGaps(
        answeredSewer({ liftStations: 0, liftStationsWithBackupPower: null }),
        'wastewater',
      ),
    ).toEqual([]);
  });

  it('takes "no" for rain and groundwater as an answer, and "not sure" as a gap', () => {
    expect(scopeGaps(answeredSewer({ inflowInfiltration: 'no' }), 'wastewater')).toEqual([]);
    expect(scopeGaps(answeredSewer({ inflowInfiltration: 'unknown' }), 'wastewater')).toEqual([
      'Say whether rain and groundwater get into the sewers (ask the operator).',
    ]);
  });
});
