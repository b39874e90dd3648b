import type { WizardStep } from '@shared/domain/wizard-steps';

// Each step is its own chunk, loaded when first shown: the app opens with only the step on
// screen, and the charts of step 4 load with step 4 (docs/decisions.md, decision 36). Kept
// apart from CurrentStep so the opening reads can start a step's download before React loads.
// The goal results of an approved agreement are drawn the same way: the app opens on them then.
const stepImports = {
  utility: () => import('../features/utility/UtilityStep'),
  scope: () => import('../features/scope/ScopeStep'),
  goals: () => import('../features/goals/GoalsStep'),
  customers: () => import('../features/customers/CustomersStep'),
  review: () => import('../features/review/ReviewStep'),
  approval: () => import('../features/approval/ApprovalStep'),
  signed: () => import('../features/signed/SignedAgreementStep'),
  tracking: () => import('../features/tracking/TrackingScreen'),
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

/** Fetches code ahead of showing it; settles once it is in, or failed (showing it then says so). */
function preload(name: StepCodeName): Promise<void> {
  return loadStepCode(name).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Starts fetching a step's code before it is shown, so at start-up it downloads while the
 * page draws.
 */
export function preloadStep(step: WizardStep): Promise<void> {
  return preload(codeOf[step]);
}

/** Starts fetching the overview's code, as preloadStep does a step's. */
export function preloadOverview(): Promise<void> {
  return preload('tracking');
}
