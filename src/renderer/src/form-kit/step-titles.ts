import type { GoalKind } from '@shared/domain/goal';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import type { Text } from '../i18n/use-text';

/** A step's name and its one-line description, from the catalog, in the app's language. */
export function stepWords(text: Text, step: WizardStep): { title: string; short: string } {
  return { title: text(`step.${step}.title`), short: text(`step.${step}.short`) };
}

/** The step that lists a goal of each kind. */
export const goalsStepOf: Record<GoalKind, WizardStep> = {
  internal: 'internal-goals',
  external: 'external-goals',
};

/** How a message names a step: "step 6, “Board approval”", in the app's language. */
export function stepNameIn(text: Text, step: WizardStep): string {
  return text('step.named', {
    number: wizardSteps.indexOf(step) + 1,
    title: stepWords(text, step).title,
  });
}
