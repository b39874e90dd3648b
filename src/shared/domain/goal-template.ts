import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';
import { goalAreas } from './goal-areas';
import {
  blankGoalFields,
  floorKeys,
  goalDirections,
  goalKinds,
  measureFrequencies,
  type GoalFields,
} from './goal';
import { assetCapabilities } from './scope';

/** Which systems a template suits: a sewer goal means nothing to a water-only utility. */
export const templateSystems = ['water', 'wastewater', 'both'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** One goal in the library (resources/goal-templates.json), written from DOMAIN.md section 2. */
export const goalTemplateSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}\d{1,2}$/, issueMessage('validation.template.id')),
  kind: z.enum(goalKinds),
  area: z.enum(goalAreas),
  systems: z.enum(templateSystems),
  statement: text(300),
  measure: text(200),
  unit: text(60),
  direction: z.enum(goalDirections),
  target: z.number().nullable(),
  targetHigh: z.number().nullable(),
  /** The typical small-system target in plain words, such as "20 psi always; 35 psi normally". */
  typicalTarget: text(300),
  /** Where that figure comes from, so the board can check it. */
  source: text(500),
  dataSource: text(200),
  frequency: z.enum(measureFrequencies),
  needsAsset: z.enum(assetCapabilities).nullable(),
  floor: z.enum(floorKeys).nullable(),
});
export type GoalTemplate = z.output<typeof goalTemplateSchema>;

export const goalTemplateLibrarySchema = z.strictObject({
  version: z.literal(1),
  templates: z
    .array(goalTemplateSchema)
    .min(40)
    .refine(
      (templates) => new Set(templates.map((t) => t.id)).size === templates.length,
      issueMessage('validation.template.unique'),
    ),
});
export type GoalTemplateLibrary = z.output<typeof goalTemplateLibrarySchema>;

/**
 * A new goal prefilled from a template; the board then edits it like any other. What a template
 * cannot know (who is responsible, why, the baseline, whether it is a stretch for this utility,
 * any field added later) is left as a blank goal has it.
 */
export function goalFieldsFromTemplate(template: GoalTemplate): GoalFields {
  return {
    ...blankGoalFields(template.kind),
    area: template.area,
    statement: template.statement,
    measure: template.measure,
    unit: template.unit,
    direction: template.direction,
    target: template.target,
    targetHigh: template.targetHigh,
    dataSource: template.dataSource,
    frequency: template.frequency,
    needsAsset: template.needsAsset,
    floor: template.floor,
    templateId: template.id,
  };
}
