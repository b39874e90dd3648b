import type { WizardStep } from '@shared/domain/wizard-steps';

// Each step is its own chunk, loaded when first shown: the app opens with only the step on
// screen, and the charts of step 4 load with step 4 (docs/decisions.md, decision 36). Kept
// apart from CurrentStep so the opening reads can start a step's download before React loads.
const stepImports = {
  utility: () => import('../features/utility/UtilityStep'),
  scope: () => import('../features/scope/ScopeStep'),
  goals: () => import('../features/goals/GoalsStep'),
  customers: () => import('../features/customers/CustomersStep'),
  review: () => import('../features/review/ReviewStep'),
  approval: () => import('../features/approval/ApprovalStep'),
  signed: () => import('../features/signed/SignedAgreementStep'),
};

export type StepCodeName = keyof typeof stepImports;
export type StepModules = {
  [Name in StepCodeName]: Awaited<ReturnType<(typeof stepImports)[Name]>>;
};

const loaded: Partial<StepModules> = {};

/** Loads a step's code, and keeps it so the step can later be drawn without waiting. */
export async function loadStepCode<Name extends StepCodeName>(
  name: Name,
): Promise<StepModules[Name]> {
  const code = (await stepImports[name]()) as StepModules[Name];
  loaded[name] = code;
  return code;
}

/** A step's code if it has finished loading, so it can be drawn at once; else undefined. */
export function loadedStepCode<Name extends StepCodeName>(
  name: Name,
): StepModules[Name] | undefined {
  return loaded[name];
}

const codeOf: Record<WizardStep, StepCodeName> = {
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
 * page draws. Settles once the code is in (or failed: the step's own load then says so).
 */
export function preloadStep(step: WizardStep): Promise<void> {
  return loadStepCode(codeOf[step]).then(
    () => undefined,
    () => undefined,
  );
}
