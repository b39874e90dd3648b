import type { GoalArea } from '@shared/domain/goal-areas';
import { goalAreaTitles, goalAreas } from '@shared/domain/goal-areas';
import {
  floorKeys,
  type FloorKey,
  type GoalDirection,
  type GoalFields,
  type GoalKind,
  type MeasureFrequency,
} from '@shared/domain/goal';
import { floorsFor, regulatoryFloors } from '@shared/domain/regulatory-floors';
import { assetCapabilities, type AssetCapability } from '@shared/domain/scope';
import { runsWater, type SystemType } from '@shared/domain/utility';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import { printedDate } from '@shared/domain/printed-date';
import { wordedSystemType } from '@shared/domain/service-words';

export const kindLabels: Record<GoalKind, string> = {
  internal: 'Internal',
  external: 'External',
};

export const directionLabels: Record<GoalDirection, string> = {
  'at-most': 'At most',
  'at-least': 'At least',
  'yes-no': 'Yes or no',
  range: 'Within a range',
};

export const frequencyLabels: Record<MeasureFrequency, string> = {
  continuous: 'All the time (a meter or recorder)',
  daily: 'Every day',
  weekly: 'Every week',
  monthly: 'Every month',
  quarterly: 'Every three months',
  yearly: 'Once a year',
  'every-2-3-years': 'Every two or three years',
  'each-event': 'Each time it happens (each break or call)',
};

const assetLabels: Record<AssetCapability, string> = {
  fireHydrants: 'Fire hydrants and fire flow',
  backupSource: 'A backup water source',
  storage: 'A storage tank',
  backupPower: 'Backup power for the wells and pumps',
};

/** Backup power in words that say which of step 2's answers the review will read. */
const backupPowerLabels: Record<SystemType, string> = {
  water: assetLabels.backupPower,
  wastewater: 'Backup power at the lift stations',
  both: 'Backup power (at the lift stations for a sewer goal; otherwise the wells and pumps)',
};

export interface Choice<T> {
  value: T;
  label: string;
}

/**
 * The "Depends on" choices for the utility's system: a sewer district has only its lift
 * stations' power to depend on. A goal's present choice stays listed even if it does not fit,
 * so the field shows what is saved; the review says why it does not belong.
 */
export function assetChoices(
  systemType: SystemType | null,
  current: AssetCapability | null,
): Choice<AssetCapability>[] {
  const type = wordedSystemType(systemType);
  return assetCapabilities
    .filter((asset) => runsWater(type) || asset === 'backupPower' || asset === current)
    .map((asset) => ({
      value: asset,
      label: asset === 'backupPower' ? backupPowerLabels[type] : assetLabels[asset],
    }));
}

/** The legal minimums that apply to the utility's system, and the goal's present one. */
export function floorChoices(
  systemType: SystemType | null,
  current: FloorKey | null,
): Choice<FloorKey>[] {
  const applying = floorsFor(systemType);
  return floorKeys
    .filter((key) => applying.includes(key) || key === current)
    .map((key) => ({ value: key, label: regulatoryFloors[key].title }));
}

export const areaOptions = goalAreas.map((area) => ({
  value: area,
  label: goalAreaTitles[area],
}));

export function areaTitle(area: GoalArea): string {
  return goalAreaTitles[area];
}

/** Today's level in words, or why it is missing. */
export function describeBaseline(fields: Pick<GoalFields, 'baseline' | 'direction' | 'unit'>) {
  const { value, asOf, missingReason } = fields.baseline;
  if (value === null) {
    return missingReason.trim() === '' ? 'not recorded yet' : `none yet: ${missingReason}`;
  }
  const amount =
    fields.direction === 'yes-no'
      ? value === 0
        ? 'no'
        : 'yes'
      : amountWithUnit(value, fields.unit);
  return asOf === '' ? amount : `${amount} (as of ${printedDate(asOf)})`;
}
