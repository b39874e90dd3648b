import type { GoalKind } from '@shared/domain/goal';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';

/** The names the user sees; a Record, so a new step in `wizardSteps` cannot be left unnamed. */
export const stepTitles: Record<WizardStep, { title: string; short: string }> = {
  utility: { title: 'Utility and team', short: 'Your utility, board and operators' },
  scope: { title: 'Goal areas, mission and boundaries', short: 'What the agreement covers' },
  'internal-goals': { title: 'Internal goals', short: 'How the system is run' },
  customers: { title: 'Customers', short: 'What customers want' },
  'external-goals': { title: 'External goals', short: 'What customers feel' },
  review: { title: 'Review', short: 'Check the goals before the board' },
  approval: { title: 'Board approval', short: 'The meeting and the vote' },
  'signed-agreement': { title: 'Signed-off agreement', short: 'Print, sign and share' },
};

/** The step that lists a goal of each kind. */
export const goalsStepOf: Record<GoalKind, WizardStep> = {
  internal: 'internal-goals',
  external: 'external-goals',
};

/** How a message names a step: "step 6, “Board approval”", numbered as the wizard shows it. */
export function stepName(step: WizardStep): string {
  return `step ${wizardSteps.indexOf(step) + 1}, “${stepTitles[step].title}”`;
}
