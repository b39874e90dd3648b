import type { GoalFields } from '../goal';

/** What keeps a goal from being measured; empty when it can be tracked. */
export type MeasurementGap = 'wording' | 'unit' | 'target' | 'upper-target';

type MeasurableFields = Pick<
  GoalFields,
  'statement' | 'unit' | 'direction' | 'target' | 'targetHigh'
>;

/** The gaps in the order a volunteer would fill them in. */
export function measurementGaps(fields: MeasurableFields): MeasurementGap[] {
  const gaps: MeasurementGap[] = [];
  if (fields.statement.trim() === '') gaps.push('wording');
  // A yes/no goal is met or not: it needs no unit and no number.
  if (fields.direction !== 'yes-no' && fields.unit.trim() === '') gaps.push('unit');
  if (fields.direction !== 'yes-no' && fields.target === null) gaps.push('target');
  if (
    fields.direction === 'range' &&
    (fields.targetHigh === null || (fields.target !== null && fields.targetHigh < fields.target))
  ) {
    gaps.push('upper-target');
  }
  return gaps;
}

/** A goal can be tracked: it has wording and a target, a number with its unit or a yes/no. */
export function isMeasurable(fields: MeasurableFields): boolean {
  return measurementGaps(fields).length === 0;
}
