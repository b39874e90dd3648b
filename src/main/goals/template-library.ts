import { z } from 'zod';
import library from '../../../resources/goal-templates.json';
import { goalTemplateLibrarySchema, type GoalTemplate } from '../../shared/domain/goal-template';

let cached: GoalTemplate[] | undefined;

/**
 * Checks a library document. A broken library is a packaging mistake, not a user error, so it
 * fails loudly with the offending fields named rather than showing an empty list.
 */
export function parseTemplateLibrary(raw: unknown): GoalTemplate[] {
  const parsed = goalTemplateLibrarySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `The goal template library (resources/goal-templates.json) is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data.templates;
}

/** The goal templates shipped with the app, checked once on first use. */
export function templateLibrary(): GoalTemplate[] {
  cached ??= parseTemplateLibrary(library);
  // A copy, so a caller that sorts or filters in place cannot change what the next caller sees.
  return [...cached];
}
