import { liftStationPower, type SewerSystem } from '@shared/domain/sewer-system';
import type { Text } from '../../i18n/use-text';

/**
 * The lift-station answers said back in words, so a partial answer is seen to be understood:
 * "2 of 3 lift stations have backup power; a power failure can stop the third." Null while
 * either count is missing or the two do not fit together (the field says why).
 */
export function liftStationPowerWords(text: Text, sewer: SewerSystem): string | null {
  const { liftStations: stations, liftStationsWithBackupPower: powered } = sewer;
  if (stations === null || stations === 0 || powered === null || powered > stations) return null;
  if (powered === stations) return text('scope.power.all', { stations });
  if (powered === 0) return text('scope.power.none', { stations });
  // With one station left without power, its place is named: "the third" reads better than
  // "the other one"; `last` is that place (the message has words up to the tenth).
  return text('scope.power.some', {
    powered,
    stations,
    without: stations - powered,
    last: stations,
  });
}

/** Sentences for "what our system cannot do" from the sewer answers, in the board's voice. */
export function sewerLimits(text: Text, sewer: SewerSystem): string[] {
  const limits: string[] = [];
  const { liftStations: stations, liftStationsWithBackupPower: powered } = sewer;
  const power = liftStationPower(sewer);
  if (stations !== null && powered !== null && power === 'some')
    limits.push(text('scope.limit.someUnpowered', { without: stations - powered, stations }));
  if (stations !== null && power === 'no')
    limits.push(text('scope.limit.noneUnpowered', { stations }));
  if (sewer.inflowInfiltration === 'yes') limits.push(text('scope.limit.inflow'));
  return limits;
}
