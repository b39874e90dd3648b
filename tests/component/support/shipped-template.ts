import { templateLibrary } from '../../../src/main/goals/template-library';
import type { GoalTemplate } from '../../../src/shared/domain/goal-template';

/**
 * A goal template as the app ships it (what 'templates:list' answers), so a test names library
 * goals by the library's own wording and follows it when the wording changes.
 */
export function shippedTemplate(id: string): GoalTemplate {
  const template = templateLibrary().find((candidate) => candidate.id === id);
  if (!template) throw new Error(`The shipped library has no goal ${id}.`);
  return template;
}
