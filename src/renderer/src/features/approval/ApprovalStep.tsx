import { useCallback } from 'react';
import type { Result } from '@shared/api/result';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { ApprovalForm, type ApprovalRecord } from './ApprovalForm';

interface ApprovalStepProps {
  focusOnShow: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** Step 7, "Board approval": the meeting, the board from step 1 and the review's findings. */
export function ApprovalStep({ focusOnShow, onGoTo }: ApprovalStepProps) {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<ApprovalRecord>> => {
    const [view, utility, review] = await Promise.all([
      api['approval:get'](),
      api['utility:get'](),
      api['review:get'](),
    ]);
    if (!view.ok) return view;
    if (!utility.ok) return utility;
    if (!review.ok) return review;
    return {
      ok: true,
      value: { view: view.value, utility: utility.value.value, findings: review.value.findings },
    };
  }, [api]);
  return (
    <StepLoader step="approval" load={load}>
      {(record, reload) => (
        <ApprovalForm record={record} onReload={reload} focusOnShow={focusOnShow} onGoTo={onGoTo} />
      )}
    </StepLoader>
  );
}
