import { z } from 'zod';
import { wizardSteps } from './wizard-steps';

export const wizardStateSchema = z.strictObject({
  currentStep: z.enum(wizardSteps, { error: 'Step must be one of the wizard steps.' }),
});
export type WizardState = z.output<typeof wizardStateSchema>;
