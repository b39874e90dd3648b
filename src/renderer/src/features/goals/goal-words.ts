import type { GoalArea } from '@shared/domain/goal-areas';
import { goalAreas } from '@shared/domain/goal-areas';
import { floorKeys, type FloorKey, type GoalFields, type GoalKind } from '@shared/domain/goal';
import { floorsFor } from '@shared/domain/regulatory-floors';
import { assetCapabilities, type AssetCapability } from '@shared/domain/scope';
import { runsWater, type SystemType } from '@shared/domain/utility';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import { printedDate, type Language } from '@shared/domain/printed-date';
import { wordedSystemType } from '@shared/domain/service-words';
import type { Text } from '../../i18n/use-text';

/** "Internal" or "External", as the cards and the library name a goal's kind. */
export function kindLabel(text: Text, kind: GoalKind): string {
  return text(`goals.kind.${kind}`);
}

/** The word for the equipment a goal depends on, in the editor's "Depends on" choices. */
function assetLabel(text: Text, asset: AssetCapability, type: SystemType): string {
  // Backup power in words that say which of step 2's answers the review will read.
  return asset === 'backupPower'
    ? text(`goalEditor.asset.backupPower.${type}`)
    : text(`goalEditor.asset.${asset}`);
}

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
  text: Text,
  systemType: SystemType | null,
  current: AssetCapability | null,
): Choice<AssetCapability>[] {
  const type = wordedSystemType(systemType);
  return assetCapabilities
    .filter((asset) => runsWater(type) || asset === 'backupPower' || asset === current)
    .map((asset) => ({
      value: asset,
      label: assetLabel(text, asset, type),
    }));
}

/** The legal minimums that apply to the utility's system, and the goal's present one. */
export function floorChoices(
  text: Text,
  systemType: SystemType | null,
  current: FloorKey | null,
): Choice<FloorKey>[] {
  const applying = floorsFor(systemType);
  return floorKeys
    .filter((key) => applying.includes(key) || key === current)
    .map((key) => ({ value: key, label: text(`goalEditor.floor.${key}`) }));
}

/** The six areas as the editor's "Goal area" choices. */
export function areaOptions(text: Text): Choice<GoalArea>[] {
  return goalAreas.map((area) => ({ value: area, label: areaTitle(text, area) }));
}

/** An area's name, as the guidance names it. */
export function areaTitle(text: Text, area: GoalArea): string {
  return text(`goals.area.${area}`);
}

/** Today's level in words, or why it is missing. */
export function describeBaseline(
  text: Text,
  language: Language,
  fields: Pick<GoalFields, 'baseline' | 'direction' | 'unit'>,
): string {
  const { value, asOf, missingReason } = fields.baseline;
  if (value === null) {
    return missingReason.trim() === ''
      ? text('goals.baseline.notRecorded')
      : text('goals.baseline.noneYet', { reason: missingReason });
  }
  const amount =
    fields.direction === 'yes-no'
      ? text(value === 0 ? 'goals.baseline.no' : 'goals.baseline.yes')
      : amountWithUnit(value, fields.unit, language);
  return asOf === ''
    ? amount
    : text('goals.baseline.asOf', { amount, date: printedDate(asOf, language) });
}
