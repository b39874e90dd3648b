/**
 * The wizard's steps that exist today, in order; later steps join as they are built. Apart
 * from wizard.ts, which holds the stored state's schema, so the renderer's start-up code can
 * name the steps without loading zod (decision 38).
 */
export const wizardSteps = [
  'utility',
  'scope',
  'internal-goals',
  'customers',
  'external-goals',
  'review',
  'approval',
  'signed-agreement',
] as const;
export type WizardStep = (typeof wizardSteps)[number];
