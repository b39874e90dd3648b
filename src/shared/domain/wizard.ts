import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';
import { wizardSteps } from './wizard-steps';

export const wizardStateSchema = z.strictObject({
  currentStep: z.enum(wizardSteps, { error: issueMessage('validation.api.wizardStep') }),
});
export type WizardState = z.output<typeof wizardStateSchema>;
