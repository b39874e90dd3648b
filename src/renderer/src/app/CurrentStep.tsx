import type { Goal } from '@shared/domain/goal';
import type { WizardStep } from '@shared/domain/wizard';
import { ApprovalStep } from '../features/approval/ApprovalStep';
import { CustomersStep } from '../features/customers/CustomersStep';
import { GoalsStep } from '../features/goals/GoalsStep';
import { ReviewStep } from '../features/review/ReviewStep';
import { ScopeStep } from '../features/scope/ScopeStep';
import { SignedAgreementStep } from '../features/signed/SignedAgreementStep';
import { UtilityStep } from '../features/utility/UtilityStep';

interface CurrentStepProps {
  step: WizardStep;
  focusOnShow: boolean;
  /** Set by the review step's "Go to this goal": the goals step opens that goal's editor. */
  goalToOpen: string | null;
  onNameSaved: (name: string) => void;
  onGoTo: (step: WizardStep, openGoal?: string | null) => void;
}

/** The step on screen, each loading its own record. */
export function CurrentStep({
  step,
  focusOnShow,
  goalToOpen,
  onNameSaved,
  onGoTo,
}: CurrentStepProps) {
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
          onGoToGoal={(goal: Goal) =>
            onGoTo(goal.kind === 'internal' ? 'internal-goals' : 'external-goals', goal.id)
          }
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
