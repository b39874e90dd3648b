import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';

const storageKey = 'los-builder:last-step';

/**
 * The step this window last showed, as a guess for the next start: its code can start
 * downloading before the data says where the user left off. Only a guess: a wrong or missing
 * one costs a download, never a wrong step. Null when storage is not available.
 */
export function lastStep(): WizardStep | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return wizardSteps.find((step) => step === stored) ?? null;
  } catch {
    return null;
  }
}

export function rememberStep(step: WizardStep): void {
  try {
    localStorage.setItem(storageKey, step);
  } catch {
    // Storage full or refused: the next start guesses step 1 instead.
  }
}
