import type { GoalFields } from '../goal';
import { listOf } from '../list-of';
import { dependentLabels, fieldsLeftBehind } from './fields-left-behind';
import { perGoal } from './per-goal';

/**
 * Warning: a library goal whose measure or unit was changed, but whose data source or frequency
 * still came with the library's measure. They may still fit; nobody has said so yet.
 */
export const measureChangedRule = perGoal('measure-changed', ({ goal, label, input }) => {
  const template = input.templates.find((candidate) => candidate.id === goal.templateId);
  if (template === undefined) return null;
  const left = fieldsLeftBehind(goal, template);
  if (left.length === 0) return null;
  const named = listOf(left.map((field) => `“${dependentLabels[field]}”`));
  const one = left.length === 1;
  return {
    severity: 'warning',
    message: `${label} now has ${measureWords(goal)}, but ${named} ${one ? 'is' : 'are'} still what came with the library goal’s measure, ${measureWords(template)}.`,
    fix: `Open the goal and check ${named} under Tracking: change ${one ? 'it' : 'them'} to fit the new measure, or choose “Still right” there if ${one ? 'it still fits' : 'they still fit'}.`,
  };
});

/** “Hours until the water is back on” in hours; a yes/no measure has no unit to name. */
function measureWords(fields: Pick<GoalFields, 'measure' | 'unit' | 'direction'>): string {
  const measure = fields.measure.trim();
  const unit = fields.unit.trim();
  if (measure === '') return 'no measure yet';
  return unit === '' || fields.direction === 'yes-no' ? `“${measure}”` : `“${measure}” in ${unit}`;
}
