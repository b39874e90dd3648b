import type { Goal } from '@shared/domain/goal';
import type { UtilityProfile } from '@shared/domain/utility';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { Suspense } from 'react';
import { StepCodeBoundary, StepCodeLoading } from './StepCodeBoundary';
import { stepView } from './step-view';
import type { Versioned } from '../form-kit/autosaver';
import { goalsStepOf } from '../form-kit/step-titles';
import type { PreloadedRecord } from '../form-kit/use-record';

const UtilityStep = stepView('utility', (code) => code.UtilityStep);
const ScopeStep = stepView('scope', (code) => code.ScopeStep);
const GoalsStep = stepView('goals', (code) => code.GoalsStep);
const CustomersStep = stepView('customers', (code) => code.CustomersStep);
const ReviewStep = stepView('review', (code) => code.ReviewStep);
const ApprovalStep = stepView('approval', (code) => code.ApprovalStep);
const SignedAgreementStep = stepView('signed', (code) => code.SignedAgreementStep);

interface CurrentStepProps {
  step: WizardStep;
  focusOnShow: boolean;
  /** Set by the review step's "Go to this goal": the goals step opens that goal's editor. */
  goalToOpen: string | null;
  onNameSaved: (name: string) => void;
  onGoTo: (step: WizardStep, openGoal?: string | null) => void;
  /** Step 1's record as the wizard read it when it opened there; null once it has moved. */
  openingUtility: PreloadedRecord<Versioned<UtilityProfile>> | null;
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

function StepShown(props: CurrentStepProps) {
  const { step, focusOnShow, goalToOpen, onNameSaved, onGoTo, openingUtility } = props;
  switch (step) {
    case 'utility':
      return (
        <UtilityStep focusOnShow={focusOnShow} onNameSaved={onNameSaved} opening={openingUtility} />
      );
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
