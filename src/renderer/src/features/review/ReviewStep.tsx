import { useCallback } from 'react';
import type { Result } from '@shared/api/result';
import type { Goal } from '@shared/domain/goal';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { ReviewForm, type ReviewRecord } from './ReviewForm';

interface ReviewStepProps {
  focusOnShow: boolean;
  onGoToGoal: (goal: Goal) => void;
  onGoToCustomers: () => void;
  onGoToScope: () => void;
}

/** Step 6, "Review": fetched each time it is shown, so the checklist matches the latest goals. */
export function ReviewStep(props: ReviewStepProps) {
  const { focusOnShow, onGoToGoal, onGoToCustomers, onGoToScope } = props;
  const api = useApi();
  const load = useCallback(async (): Promise<Result<ReviewRecord>> => {
    const [review, goals, scope, customers, utility] = await Promise.all([
      api['review:get'](),
      api['goals:list'](),
      api['scope:get'](),
      api['customers:get'](),
      api['utility:get'](),
    ]);
    if (!review.ok) return review;
    if (!goals.ok) return goals;
    if (!scope.ok) return scope;
    if (!customers.ok) return customers;
    if (!utility.ok) return utility;
    return {
      ok: true,
      value: {
        review: review.value,
        goals: goals.value,
        scope: scope.value.value,
        customers: customers.value,
        systemType: utility.value.value.systemType,
      },
    };
  }, [api]);
  return (
    <StepLoader step="review" load={load}>
      {(record, reload) => (
        <ReviewForm
          record={record}
          onReload={reload}
          focusOnShow={focusOnShow}
          onGoToGoal={onGoToGoal}
          onGoToCustomers={onGoToCustomers}
          onGoToScope={onGoToScope}
        />
      )}
    </StepLoader>
  );
}
