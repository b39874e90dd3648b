import { countOf } from '../domain/numbers/plural';
import { formatNumber } from '../domain/numbers/number-text';
import {
  liftStationPower,
  type CollectionKind,
  type SewerSystem,
  type TreatmentKind,
} from '../domain/sewer-system';

const collectionWords: Record<CollectionKind, string> = {
  gravity: 'Sewage flows through the mains by gravity.',
  force: 'Sewage is pumped through force mains.',
  'gravity-and-force': 'Sewage flows through gravity mains and is pumped through force mains.',
};

const treatmentWords: Record<TreatmentKind, string> = {
  lagoon: 'Sewage is treated in a lagoon.',
  mechanical: 'Sewage is treated in a mechanical treatment plant.',
  'other-utility': 'Sewage is sent to another utility’s plant for treatment.',
  'septic-field': 'Sewage is treated in septic tanks and a drain field.',
};

const inflowWords: Record<SewerSystem['inflowInfiltration'], string> = {
  yes: 'Rain and groundwater get into the sewers and can overload them in wet weather.',
  no: 'Rain and groundwater do not get into the sewers enough to overload them.',
  unknown:
    'Whether rain and groundwater get into the sewers and overload them has not been confirmed.',
};

/**
 * The lift stations and their backup power, said exactly: a partial answer ("2 of 3") names
 * how many a power failure can stop, since that is the promise the board cannot make.
 */
function liftStationSentence(sewer: SewerSystem): string {
  const { liftStations: stations, liftStationsWithBackupPower: powered } = sewer;
  if (stations === null)
    return 'How many lift stations the system has, and how many have backup power, has not been confirmed.';
  if (stations === 0) return 'The system has no lift stations.';
  const has = `The system has ${countOf(stations, { one: 'lift station', other: 'lift stations' })}`;
  if (powered === null) {
    return stations === 1
      ? `${has}; whether it has backup power has not been confirmed.`
      : `${has}; how many have backup power has not been confirmed.`;
  }
  const power = liftStationPower(sewer);
  if (stations === 1) {
    return power === 'yes'
      ? `${has}, and it has backup power.`
      : `${has}; it has no backup power, so a power failure can stop it.`;
  }
  if (power === 'yes') {
    return stations === 2
      ? `${has}; both have backup power.`
      : `${has}; all ${formatNumber(stations)} have backup power.`;
  }
  if (power === 'no') {
    return stations === 2
      ? `${has}; neither has backup power, so a power failure can stop both.`
      : `${has}; none has backup power, so a power failure can stop all of them.`;
  }
  const verb = powered === 1 ? 'has' : 'have';
  return `${has}; ${formatNumber(powered)} ${verb} backup power, so a power failure can stop ${formatNumber(stations - powered)} of them.`;
}

/**
 * Page 1's sentences about the sewer system, exactly at the precision the board gave: the
 * miles and the permit only when typed, and "has not been confirmed" for a question left open.
 */
export function sewerSentences(sewer: SewerSystem): string[] {
  const sentences: string[] = [];
  if (sewer.milesOfSewer !== null) {
    const miles = countOf(sewer.milesOfSewer, { one: 'mile', other: 'miles' });
    sentences.push(`The system has about ${miles} of sewer main.`);
  }
  sentences.push(
    sewer.collection === null
      ? 'Whether the sewer mains are gravity or force mains has not been confirmed.'
      : collectionWords[sewer.collection],
    liftStationSentence(sewer),
    sewer.treatment === null
      ? 'Where the sewage is treated has not been confirmed.'
      : treatmentWords[sewer.treatment],
    inflowWords[sewer.inflowInfiltration],
  );
  if (sewer.dischargePermit !== '')
    sentences.push(`The system discharges under permit ${sewer.dischargePermit}.`);
  return sentences;
}
