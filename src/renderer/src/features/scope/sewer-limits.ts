import { formatNumber } from '@shared/domain/numbers/number-text';
import { liftStationPower, type SewerSystem } from '@shared/domain/sewer-system';

// "the third" reads better than "the other one" when a single station lacks power.
const ordinals = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/**
 * The lift-station answers said back in words, so a partial answer is seen to be understood:
 * "2 of 3 lift stations have backup power; a power failure can stop the third." Null while
 * either count is missing or the two do not fit together (the field says why).
 */
export function liftStationPowerWords(sewer: SewerSystem): string | null {
  const { liftStations: stations, liftStationsWithBackupPower: powered } = sewer;
  if (stations === null || stations === 0 || powered === null || powered > stations) return null;
  const all = formatNumber(stations);
  if (powered === stations)
    return stations === 1
      ? 'The lift station has backup power.'
      : `All ${all} lift stations have backup power.`;
  if (powered === 0)
    return stations === 1
      ? 'The lift station has no backup power; a power failure can stop it.'
      : `None of the ${all} lift stations has backup power; a power failure can stop all of them.`;
  const without = stations - powered;
  const rest =
    without > 1
      ? `the other ${formatNumber(without)}`
      : `the ${ordinals[stations] ?? 'one without it'}`;
  const verb = powered === 1 ? 'has' : 'have';
  return `${formatNumber(powered)} of ${all} lift stations ${verb} backup power; a power failure can stop ${rest}.`;
}

/** What lift stations without backup power mean for the agreement. */
export const liftStationPowerMeaning =
  'Do not promise that sewage keeps moving through a long power cut at a lift station without backup power. A generator for each belongs in the capital improvement plan; the promise joins the agreement once they are installed.';

/** What rain and groundwater in the sewers mean for the agreement. */
export const inflowMeaning =
  'Keep promises about backups and overflows in heavy rain within what the sewers can carry, and say in the agreement that wet weather can overload them. Finding and sealing the leaks belongs in the capital improvement plan.';

/** Sentences for "what our system cannot do" from the sewer answers, in the board's voice. */
export function sewerLimits(sewer: SewerSystem): string[] {
  const limits: string[] = [];
  const { liftStations: stations, liftStationsWithBackupPower: powered } = sewer;
  const power = liftStationPower(sewer);
  if (stations !== null && powered !== null && (power === 'no' || power === 'some')) {
    const without = stations - powered;
    const them = without === 1 ? 'it' : 'them';
    const lacking =
      power === 'some'
        ? `${formatNumber(without)} of our ${formatNumber(stations)} lift stations ${without === 1 ? 'has' : 'have'} no backup power`
        : stations === 1
          ? 'Our lift station has no backup power'
          : `None of our ${formatNumber(stations)} lift stations has backup power`;
    limits.push(`${lacking}, so a long power cut can stop ${them} and sewage can back up.`);
  }
  if (sewer.inflowInfiltration === 'yes')
    limits.push(
      'Rain and groundwater get into our sewers, so heavy rain can overload the system and cause backups or overflows.',
    );
  return limits;
}
