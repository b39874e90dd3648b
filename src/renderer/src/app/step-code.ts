import type { WizardStep } from '@shared/domain/wizard-steps';

// Each step is its own chunk, loaded when first shown: the app opens with only the step on
// screen, and the charts of step 4 load with step 4 (docs/decisions.md, decision 36). Kept
// apart from CurrentStep so the opening reads can start a step's download before React loads.
export const stepCode = {
  utility: () => import('../features/utility/UtilityStep'),
  scope: () => import('../features/scope/ScopeStep'),
  goals: () => import('../features/goals/GoalsStep'),
  customers: () => import('../features/customers/CustomersStep'),
  review: () => import('../features/review/ReviewStep'),
  approval: () => import('../features/approval/ApprovalStep'),
  signed: () => import('../features/signed/SignedAgreementStep'),
};

const codeOf: Record<WizardStep, keyof typeof stepCode> = {
  utility: 'utility',
  scope: 'scope',
  'internal-goals': 'goals',
  'external-goals': 'goals',
  customers: 'customers',
  review: 'review',
  approval: 'approval',
  'signed-agreement': 'signed',
};

/**
 * Starts fetching a step's code before it is shown, so at start-up it downloads while the
 * page draws. A failure is left to the step's own load, which says so.
 */
export function preloadStep(step: WizardStep): void {
  stepCode[codeOf[step]]().catch(() => undefined);
}
