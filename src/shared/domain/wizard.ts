import { z } from 'zod';

/** The wizard's steps that exist today, in order; later steps join as they are built. */
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

export const wizardStateSchema = z.strictObject({
  currentStep: z.enum(wizardSteps, { error: 'Step must be one of the wizard steps.' }),
});
export type WizardState = z.output<typeof wizardStateSchema>;
