import type { FloorKey } from './goal';
import { runsSewer, runsWater, type SystemType } from './utility';

export interface RegulatoryFloorInfo {
  title: string;
  unit: string;
  /** A target must be at least (or at most) the floor to meet it. */
  direction: 'at-least' | 'at-most';
  /** The most common value; each state sets its own, so the board can change it. */
  commonValue: number;
  /** Plain words naming where the common value comes from. */
  basis: string;
  /** The service the rule is about: a sewer district has no pressure floor. */
  service: 'water' | 'sewer';
}

export const regulatoryFloors: Record<FloorKey, RegulatoryFloorInfo> = {
  'minimum-pressure': {
    title: 'Minimum water pressure',
    unit: 'psi',
    direction: 'at-least',
    commonValue: 20,
    basis:
      'Most states require at least 20 psi everywhere in the system at all times (for example New York and Illinois); some require 25 or 35.',
    service: 'water',
  },
  'tier-1-notice': {
    title: 'Tier 1 public notice (for example a boil-water notice)',
    unit: 'hours',
    direction: 'at-most',
    commonValue: 24,
    basis:
      'The federal public-notice rule gives 24 hours to notify customers of a Tier 1 violation.',
    service: 'water',
  },
  'overflow-report': {
    title: 'Reporting a sewer overflow to the state',
    unit: 'hours',
    direction: 'at-most',
    commonValue: 24,
    basis:
      'Most discharge permits and state rules require an overflow that reaches waters or endangers health to be reported within 24 hours, with a written report within 5 days; check your permit.',
    service: 'sewer',
  },
};

/** The floors that apply to a utility: water rules for water systems, sewer rules for sewers. */
export function floorsFor(systemType: SystemType | null): FloorKey[] {
  return (Object.keys(regulatoryFloors) as FloorKey[]).filter((key) =>
    regulatoryFloors[key].service === 'water' ? runsWater(systemType) : runsSewer(systemType),
  );
}
