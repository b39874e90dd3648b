import type { Goal } from '@shared/domain/goal';
import type { WizardStep } from '@shared/domain/wizard';
import { lazy, Suspense } from 'react';
import { StepCodeBoundary, StepCodeLoading } from './StepCodeBoundary';
import { goalsStepOf } from '../form-kit/step-titles';

// Each step is its own chunk, loaded when first shown: the app opens with only the step on
// screen, and the charts of step 4 load with step 4 (docs/decisions.md, decision 36).
const UtilityStep = lazy(() =>
  import('../features/utility/UtilityStep').then((m) => ({ default: m.UtilityStep })),
);
const ScopeStep = lazy(() =>
  import('../features/scope/ScopeStep').then((m) => ({ default: m.ScopeStep })),
);
const GoalsStep = lazy(() =>
  import('../features/goals/GoalsStep').then((m) => ({ default: m.GoalsStep })),
);
const CustomersStep = lazy(() =>
  import('../features/customers/CustomersStep').then((m) => ({ default: m.CustomersStep })),
);
const ReviewStep = lazy(() =>
  import('../features/review/ReviewStep').then((m) => ({ default: m.ReviewStep })),
);
const ApprovalStep = lazy(() =>
  import('../features/approval/ApprovalStep').then((m) => ({ default: m.ApprovalStep })),
);
const SignedAgreementStep = lazy(() =>
  import('../features/signed/SignedAgreementStep').then((m) => ({
    default: m.SignedAgreementStep,
  })),
);

interface CurrentStepProps {
  step: WizardStep;
  focusOnShow: boolean;
  /** Set by the review step's "Go to this goal": the goals step opens that goal's editor. */
  goalToOpen: string | null;
  onNameSaved: (name: string) => void;
  onGoTo: (step: WizardStep, openGoal?: string | null) => void;
}

/** The step on screen, each loading its own code and then its own record. */
export function CurrentStep(props: CurrentStepProps) {
  return (
    <StepCodeBoundary>
      <Suspense fallback={<StepCodeLoading step={props.step} />}>
        <StepShown {...props} />
      </Suspense>
    </StepCodeBoundary>
  );
}

function StepShown({ step, focusOnShow, goalToOpen, onNameSaved, onGoTo }: CurrentStepProps) {
  switch (step) {
    case 'utility':
      return <UtilityStep focusOnShow={focusOnShow} onNameSaved={onNameSaved} />;
    case 'scope':
      return <ScopeStep focusOnShow={focusOnShow} />;
    case 'internal-goals':
    case 'external-goals':
      return (
        <GoalsStep
          key={step}
          kind={step === 'internal-goals' ? 'internal' : 'external'}
          focusOnShow={focusOnShow}
          openGoalId={goalToOpen}
          onGoTo={onGoTo}
        />
      );
    case 'customers':
      return <CustomersStep focusOnShow={focusOnShow} onGoTo={onGoTo} />;
    case 'review':
      return (
        <ReviewStep
          focusOnShow={focusOnShow}
          onGoToGoal={(goal: Goal) => onGoTo(goalsStepOf[goal.kind], goal.id)}
          onGoToCustomers={() => onGoTo('customers')}
          onGoToScope={() => onGoTo('scope')}
        />
      );
    case 'approval':
      return <ApprovalStep focusOnShow={focusOnShow} onGoTo={onGoTo} />;
    case 'signed-agreement':
      return <SignedAgreementStep focusOnShow={focusOnShow} onGoTo={onGoTo} />;
  }
}
