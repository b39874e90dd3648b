import type { GoalFields } from '../goal';

/** The fields that were chosen for a measure: how it is measured and how often. */
export const measureDependents = ['dataSource', 'frequency'] as const;
export type MeasureDependent = (typeof measureDependents)[number];

export type MeasureBasis = Pick<GoalFields, 'measure' | 'unit' | 'dataSource' | 'frequency'>;

/** Just what a measure's basis is made of, copied out of a goal or a draft. */
export function measureBasisOf(fields: MeasureBasis): MeasureBasis {
  const { measure, unit, dataSource, frequency } = fields;
  return { measure, unit, dataSource, frequency };
}

/**
 * The fields that still hold what came with a measure that has since changed: a goal started
 * from the library goal "hours until the water is back on" whose measure now counts complaints
 * still says "outage log, each event" unless someone looked. `basis` is where they came from:
 * the library goal, or the goal as it was when its editor opened. A yes/no goal has no unit,
 * so only its measure counts; an empty field was never filled in and is not flagged.
 */
export function fieldsLeftBehind(
  goal: MeasureBasis & Pick<GoalFields, 'direction'>,
  basis: MeasureBasis,
): MeasureDependent[] {
  const changed =
    same(goal.measure) !== same(basis.measure) ||
    (goal.direction !== 'yes-no' && same(goal.unit) !== same(basis.unit));
  if (!changed) return [];
  return measureDependents.filter((field) => {
    const value = goal[field];
    return value !== null && value.trim() !== '' && same(value) === same(basis[field] ?? '');
  });
}

/** Spacing and case are not a change of measure. */
function same(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
