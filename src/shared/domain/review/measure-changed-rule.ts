import { said, type Said } from '../../i18n/said';
import { saidList } from '../../i18n/said-list';
import type { GoalFields } from '../goal';
import { fieldsLeftBehind } from './fields-left-behind';
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
  const fields = saidList(
    left.map((field) => said('findings.quoted', { words: said(`findings.field.${field}`) })),
  );
  const count = left.length;
  return {
    severity: 'warning',
    message: said('findings.measureChanged', {
      label,
      now: measureWords(goal),
      fields,
      count,
      before: measureWords(template),
    }),
    fix: said('findings.measureChanged.fix', { fields, count }),
  };
});

/** “Hours until the water is back on” in hours; a yes/no measure has no unit to name. */
function measureWords(fields: Pick<GoalFields, 'measure' | 'unit' | 'direction'>): Said {
  const measure = fields.measure.trim();
  const unit = fields.unit.trim();
  if (measure === '') return said('findings.measure.none');
  return unit === '' || fields.direction === 'yes-no'
    ? said('findings.measure.plain', { measure })
    : said('findings.measure.withUnit', { measure, unit });
}
