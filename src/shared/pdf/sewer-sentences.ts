import { countOf } from '../domain/numbers/plural';
import { formatNumber } from '../domain/numbers/number-text';
import type { Language } from '../domain/printed-date';
import {
  liftStationPower,
  type CollectionKind,
  type SewerSystem,
  type TreatmentKind,
} from '../domain/sewer-system';

interface SewerWords {
  collection: Record<CollectionKind, string>;
  treatment: Record<TreatmentKind, string>;
  inflow: Record<SewerSystem['inflowInfiltration'], string>;
  miles: (miles: string) => string;
  mile: { one: string; other: string };
  collectionUnknown: string;
  treatmentUnknown: string;
  permit: (permit: string) => string;
  stations: {
    unknown: string;
    none: string;
    station: { one: string; other: string };
    has: (stations: string) => string;
    oneUnknown: (has: string) => string;
    manyUnknown: (has: string) => string;
    onePowered: (has: string) => string;
    oneUnpowered: (has: string) => string;
    bothPowered: (has: string) => string;
    allPowered: (has: string, count: string) => string;
    neitherPowered: (has: string) => string;
    nonePowered: (has: string) => string;
    somePowered: (has: string, powered: number, unpowered: string) => string;
  };
}

/** A sewer district's facts in its own words: "drenaje", never the water system's. */
const sewerWords: Record<Language, SewerWords> = {
  en: {
    collection: {
      gravity: 'Sewage flows through the mains by gravity.',
      force: 'Sewage is pumped through force mains.',
      'gravity-and-force': 'Sewage flows through gravity mains and is pumped through force mains.',
    },
    treatment: {
      lagoon: 'Sewage is treated in a lagoon.',
      mechanical: 'Sewage is treated in a mechanical treatment plant.',
      'other-utility': 'Sewage is sent to another utility’s plant for treatment.',
      'septic-field': 'Sewage is treated in septic tanks and a drain field.',
    },
    inflow: {
      yes: 'Rain and groundwater get into the sewers and can overload them in wet weather.',
      no: 'Rain and groundwater do not get into the sewers enough to overload them.',
      unknown:
        'Whether rain and groundwater get into the sewers and overload them has not been confirmed.',
    },
    miles: (miles) => `The system has about ${miles} of sewer main.`,
    mile: { one: 'mile', other: 'miles' },
    collectionUnknown: 'Whether the sewer mains are gravity or force mains has not been confirmed.',
    treatmentUnknown: 'Where the sewage is treated has not been confirmed.',
    permit: (permit) => `The system discharges under permit ${permit}.`,
    stations: {
      unknown:
        'How many lift stations the system has, and how many have backup power, has not been confirmed.',
      none: 'The system has no lift stations.',
      station: { one: 'lift station', other: 'lift stations' },
      has: (stations) => `The system has ${stations}`,
      oneUnknown: (has) => `${has}; whether it has backup power has not been confirmed.`,
      manyUnknown: (has) => `${has}; how many have backup power has not been confirmed.`,
      onePowered: (has) => `${has}, and it has backup power.`,
      oneUnpowered: (has) => `${has}; it has no backup power, so a power failure can stop it.`,
      bothPowered: (has) => `${has}; both have backup power.`,
      allPowered: (has, count) => `${has}; all ${count} have backup power.`,
      neitherPowered: (has) =>
        `${has}; neither has backup power, so a power failure can stop both.`,
      nonePowered: (has) =>
        `${has}; none has backup power, so a power failure can stop all of them.`,
      somePowered: (has, powered, unpowered) =>
        `${has}; ${formatNumber(powered)} ${powered === 1 ? 'has' : 'have'} backup power, so a power failure can stop ${unpowered} of them.`,
    },
  },
  es: {
    collection: {
      gravity: 'Las aguas negras corren por la tubería de drenaje por gravedad.',
      force: 'Las aguas negras se bombean por tuberías a presión.',
      'gravity-and-force':
        'Las aguas negras corren por gravedad por la tubería de drenaje y se bombean por tuberías a presión.',
    },
    treatment: {
      lagoon: 'Las aguas negras se tratan en una laguna de oxidación.',
      mechanical: 'Las aguas negras se tratan en una planta de tratamiento mecánica.',
      'other-utility':
        'Las aguas negras se mandan a la planta de otro sistema para su tratamiento.',
      'septic-field': 'Las aguas negras se tratan en fosas sépticas y un campo de drenaje.',
    },
    inflow: {
      yes: 'La lluvia y el agua del subsuelo entran al drenaje y lo pueden sobrecargar cuando llueve.',
      no: 'La lluvia y el agua del subsuelo no entran al drenaje lo suficiente para sobrecargarlo.',
      unknown:
        'No se ha confirmado si la lluvia y el agua del subsuelo entran al drenaje y lo sobrecargan.',
    },
    miles: (miles) => `El sistema tiene unas ${miles} de tubería de drenaje.`,
    mile: { one: 'milla', other: 'millas' },
    collectionUnknown:
      'No se ha confirmado si la tubería de drenaje trabaja por gravedad o a presión.',
    treatmentUnknown: 'No se ha confirmado dónde se tratan las aguas negras.',
    permit: (permit) => `El sistema descarga bajo el permiso ${permit}.`,
    stations: {
      unknown:
        'No se ha confirmado cuántas estaciones de bombeo tiene el sistema ni cuántas tienen energía de respaldo.',
      none: 'El sistema no tiene estaciones de bombeo.',
      station: { one: 'estación de bombeo', other: 'estaciones de bombeo' },
      has: (stations) => `El sistema tiene ${stations}`,
      oneUnknown: (has) => `${has}; no se ha confirmado si tiene energía de respaldo.`,
      manyUnknown: (has) => `${has}; no se ha confirmado cuántas tienen energía de respaldo.`,
      onePowered: (has) => `${has}, y tiene energía de respaldo.`,
      oneUnpowered: (has) =>
        `${has}; no tiene energía de respaldo, así que un apagón la puede parar.`,
      bothPowered: (has) => `${has}; las dos tienen energía de respaldo.`,
      allPowered: (has, count) => `${has}; las ${count} tienen energía de respaldo.`,
      neitherPowered: (has) =>
        `${has}; ninguna tiene energía de respaldo, así que un apagón puede parar las dos.`,
      nonePowered: (has) =>
        `${has}; ninguna tiene energía de respaldo, así que un apagón las puede parar todas.`,
      somePowered: (has, powered, unpowered) =>
        `${has}; ${formatNumber(powered, 'es')} ${powered === 1 ? 'tiene' : 'tienen'} energía de respaldo, así que un apagón puede parar ${unpowered} de ellas.`,
    },
  },
};

/**
 * The lift stations and their backup power, said exactly: a partial answer ("2 of 3") names
 * how many a power failure can stop, since that is the promise the board cannot make.
 */
function liftStationSentence(sewer: SewerSystem, language: Language): string {
  const words = sewerWords[language].stations;
  const { liftStations: stations, liftStationsWithBackupPower: powered } = sewer;
  if (stations === null) return words.unknown;
  if (stations === 0) return words.none;
  const has = words.has(countOf(stations, words.station, language));
  if (powered === null) return stations === 1 ? words.oneUnknown(has) : words.manyUnknown(has);
  const power = liftStationPower(sewer);
  if (stations === 1) return power === 'yes' ? words.onePowered(has) : words.oneUnpowered(has);
  if (power === 'yes') {
    return stations === 2
      ? words.bothPowered(has)
      : words.allPowered(has, formatNumber(stations, language));
  }
  if (power === 'no') return stations === 2 ? words.neitherPowered(has) : words.nonePowered(has);
  return words.somePowered(has, powered, formatNumber(stations - powered, language));
}

/**
 * Page 1's sentences about the sewer system, exactly at the precision the board gave: the
 * miles and the permit only when typed, and "has not been confirmed" for a question left open.
 */
export function sewerSentences(sewer: SewerSystem, language: Language = 'en'): string[] {
  const words = sewerWords[language];
  const sentences: string[] = [];
  if (sewer.milesOfSewer !== null) {
    sentences.push(words.miles(countOf(sewer.milesOfSewer, words.mile, language)));
  }
  sentences.push(
    sewer.collection === null ? words.collectionUnknown : words.collection[sewer.collection],
    liftStationSentence(sewer, language),
    sewer.treatment === null ? words.treatmentUnknown : words.treatment[sewer.treatment],
    words.inflow[sewer.inflowInfiltration],
  );
  if (sewer.dischargePermit !== '') sentences.push(words.permit(sewer.dischargePermit));
  return sentences;
}
