import { useCallback } from 'react';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { SignedAgreementView } from './SignedAgreementView';

interface SignedAgreementStepProps {
  focusOnShow: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** Step 8, "Signed-off agreement": the approved versions, their PDFs and the copy check. */
export function SignedAgreementStep({ focusOnShow, onGoTo }: SignedAgreementStepProps) {
  const api = useApi();
  const load = useCallback(() => api['approval:get'](), [api]);
  return (
    <StepLoader step="signed-agreement" load={load}>
      {(view) => <SignedAgreementView view={view} focusOnShow={focusOnShow} onGoTo={onGoTo} />}
    </StepLoader>
  );
}
