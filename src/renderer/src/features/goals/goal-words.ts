import type { GoalArea } from '../../../../shared/domain/goal-areas';
import { goalAreaInfo, goalAreas } from '../../../../shared/domain/goal-areas';
import type {
  FloorKey,
  GoalDirection,
  GoalFields,
  GoalKind,
  MeasureFrequency,
} from '../../../../shared/domain/goal';
import { regulatoryFloors } from '../../../../shared/domain/regulatory-floors';
import type { AssetCapability } from '../../../../shared/domain/scope';
import { amountWithUnit } from '../../../../shared/domain/numbers/unit-words';
import { printedDate } from '../../../../shared/domain/printed-date';

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
  'each-event': 'Each time it happens (each break, call or outage)',
};

export const assetLabels: Record<AssetCapability, string> = {
  fireHydrants: 'Fire hydrants and fire flow',
  backupSource: 'A backup water source',
  storage: 'A storage tank',
  backupPower: 'Backup power',
};

export const floorLabels: Record<FloorKey, string> = {
  'minimum-pressure': regulatoryFloors['minimum-pressure'].title,
  'tier-1-notice': regulatoryFloors['tier-1-notice'].title,
  'overflow-report': regulatoryFloors['overflow-report'].title,
};

export const areaOptions = goalAreas.map((area) => ({
  value: area,
  label: goalAreaInfo[area].title,
}));

export function areaTitle(area: GoalArea): string {
  return goalAreaInfo[area].title;
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
