import { describe, expect, it } from 'vitest';
import { emptySewerSystem, type SewerSystem } from '../../../src/shared/domain/sewer-system';
import type { Scope } from '../../../src/shared/domain/scope';
import { boundaryFacts } from '../../../src/shared/pdf/boundary-sentences';
import { sewerSentences } from '../../../src/shared/pdf/sewer-sentences';
import { cedarFlatsScope } from '../schemas/examples';

/** The sanitation district of issue 12: gravity mains, 3 lift stations (2 with generators), a lagoon. */
const district: SewerSystem = {
  milesOfSewer: 18,
  collection: 'gravity',
  liftStations: 3,
  liftStationsWithBackupPower: 2,
  treatment: 'lagoon',
  inflowInfiltration: 'yes',
  dischargePermit: 'NM0028355',
};

function scopeWith(sewer: SewerSystem): Scope {
  return { ...cedarFlatsScope(), sewer };
}

const waterWords = /\bwater\b|hydrant|fire flow|storage|\bwells?\b/i;
const sewerWords = /sew|lift station|lagoon|permit/i;

describe('boundaryFacts', () => {
  it('tells a sewer district only its sewer answers, exactly as given', () => {
    const facts = boundaryFacts(scopeWith(district), 'wastewater');
    expect(facts).toEqual([
      {
        heading: null,
        sentences: [
          'The system has about 18 miles of sewer main.',
          'Sewage flows through the mains by gravity.',
          'The system has 3 lift stations; 2 have backup power, so a power failure can stop 1 of them.',
          'Sewage is treated in a lagoon.',
          'Rain and groundwater get into the sewers and can overload them in wet weather.',
          'The system discharges under permit NM0028355.',
        ],
      },
    ]);
  });

  it('never prints a water fact for a sewer district, whatever the water answers say', () => {
    const scope = scopeWith(district);
    scope.assets = { fireHydrants: 'no', backupSource: 'no', storage: 'no', backupPower: 'yes' };
    const sentences = boundaryFacts(scope, 'wastewater').flatMap((group) => group.sentences);
    for (const sentence of sentences) expect(sentence).not.toMatch(waterWords);
  });

  it('tells a water system only its water answers, whatever the sewer answers say', () => {
    const facts = boundaryFacts(scopeWith(district), 'water');
    expect(facts).toEqual([
      {
        heading: null,
        sentences: [
          'The system has no fire hydrants and cannot deliver fire flow; fire protection is not part of this agreement.',
          'The system has a backup water source.',
          'The system has storage to carry customers through short outages. It holds about 120,000 gallons.',
          'The system has no backup power for its wells and pumps; a power failure can stop the water.',
        ],
      },
    ]);
    for (const sentence of facts[0]!.sentences) expect(sentence).not.toMatch(sewerWords);
  });

  it('gives a combined utility both lists, each under its system’s name', () => {
    const facts = boundaryFacts(scopeWith(district), 'both');
    expect(facts.map((group) => group.heading)).toEqual(['Drinking water system', 'Sewer system']);
    expect(facts[0]!.sentences).toContain('The system has a backup water source.');
    expect(facts[1]!.sentences).toContain('Sewage is treated in a lagoon.');
  });

  it('asserts no fact while step 1 does not say: both lists, open questions not confirmed', () => {
    const scope: Scope = {
      ...cedarFlatsScope(),
      assets: {
        fireHydrants: 'unknown',
        backupSource: 'unknown',
        storage: 'unknown',
        backupPower: 'unknown',
      },
      sewer: emptySewerSystem,
    };
    const facts = boundaryFacts(scope, null);
    expect(facts.map((group) => group.heading)).toEqual(['Drinking water system', 'Sewer system']);
    for (const sentence of facts.flatMap((group) => group.sentences))
      expect(sentence).toMatch(/has not been confirmed\.$/);
  });
});

describe('sewerSentences', () => {
  it('says each open sewer question has not been confirmed and leaves out the empty miles and permit', () => {
    expect(sewerSentences(emptySewerSystem)).toEqual([
      'Whether the sewer mains are gravity or force mains has not been confirmed.',
      'How many lift stations the system has, and how many have backup power, has not been confirmed.',
      'Where the sewage is treated has not been confirmed.',
      'Whether rain and groundwater get into the sewers and overload them has not been confirmed.',
    ]);
  });

  const liftStationCases: [number, number | null, string][] = [
    [0, null, 'The system has no lift stations.'],
    [3, null, 'The system has 3 lift stations; how many have backup power has not been confirmed.'],
    [1, null, 'The system has 1 lift station; whether it has backup power has not been confirmed.'],
    [3, 3, 'The system has 3 lift stations; all 3 have backup power.'],
    [2, 2, 'The system has 2 lift stations; both have backup power.'],
    [1, 1, 'The system has 1 lift station, and it has backup power.'],
    [
      3,
      0,
      'The system has 3 lift stations; none has backup power, so a power failure can stop all of them.',
    ],
    [
      1,
      0,
      'The system has 1 lift station; it has no backup power, so a power failure can stop it.',
    ],
    [
      5,
      1,
      'The system has 5 lift stations; 1 has backup power, so a power failure can stop 4 of them.',
    ],
  ];
  for (const [stations, powered, sentence] of liftStationCases) {
    it(`says ${String(powered)} of ${stations} lift stations with backup power exactly`, () => {
      const sewer = { ...district, liftStations: stations, liftStationsWithBackupPower: powered };
      expect(sewerSentences(sewer)).toContain(sentence);
    });
  }

  it('names each kind of collection and treatment, and each inflow answer', () => {
    const said = (change: Partial<SewerSystem>) => sewerSentences({ ...district, ...change });
    expect(said({ collection: 'force' })).toContain('Sewage is pumped through force mains.');
    expect(said({ collection: 'gravity-and-force' })).toContain(
      'Sewage flows through gravity mains and is pumped through force mains.',
    );
    expect(said({ treatment: 'mechanical' })).toContain(
      'Sewage is treated in a mechanical treatment plant.',
    );
    expect(said({ treatment: 'other-utility' })).toContain(
      'Sewage is sent to another utility’s plant for treatment.',
    );
    expect(said({ treatment: 'septic-field' })).toContain(
      'Sewage is treated in septic tanks and a drain field.',
    );
    expect(said({ inflowInfiltration: 'no' })).toContain(
      'Rain and groundwater do not get into the sewers enough to overload them.',
    );
    expect(said({ milesOfSewer: 1 })).toContain('The system has about 1 mile of sewer main.');
    expect(said({ milesOfSewer: 2.5 })).toContain('The system has about 2.5 miles of sewer main.');
  });
});
