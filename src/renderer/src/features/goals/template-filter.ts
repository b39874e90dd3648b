import type { GoalArea } from '../../../../shared/domain/goal-areas';
import type { GoalKind } from '../../../../shared/domain/goal';
import type { GoalTemplate } from '../../../../shared/domain/goal-template';
import type { SystemType } from '../../../../shared/domain/utility';

export interface TemplateFilter {
  /** Empty means every area. */
  areas: GoalArea[];
  kind: GoalKind | 'all';
  /** What the utility runs; "both" shows every template. */
  system: SystemType;
}

/** The templates that fit the filter, in the library's order. */
export function filterTemplates(templates: GoalTemplate[], filter: TemplateFilter): GoalTemplate[] {
  return templates.filter(
    (template) =>
      (filter.areas.length === 0 || filter.areas.includes(template.area)) &&
      (filter.kind === 'all' || template.kind === filter.kind) &&
      (filter.system === 'both' ||
        template.systems === 'both' ||
        template.systems === filter.system),
  );
}
