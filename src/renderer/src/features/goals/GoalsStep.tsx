import { useCallback } from 'react';
import type { GoalKind } from '@shared/domain/goal';
import type { Result } from '@shared/api/result';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { GoalsForm, type GoalsRecord } from './GoalsForm';
import { goalsStepOf } from '../../form-kit/step-titles';

interface GoalsStepProps {
  kind: GoalKind;
  focusOnShow: boolean;
  /** A goal to open at once, when the review step's "Go to this goal" led here. */
  openGoalId: string | null;
  /**
   * The way to another step (and a goal to open there): step 4, where evidence is linked, or the
   * other goals step; left out when the step is shown on its own.
   */
  onGoTo?: (step: WizardStep, openGoal?: string | null) => void;
}

/** Steps 3 and 5, internal and external goals: loads the goals and what the review checks them against. */
export function GoalsStep({ kind, focusOnShow, openGoalId, onGoTo }: GoalsStepProps) {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<GoalsRecord>> => {
    const [goals, utility, scope, review, customers, templates] = await Promise.all([
      api['goals:list'](),
      api['utility:get'](),
      api['scope:get'](),
      api['review:get'](),
      api['customers:get'](),
      api['templates:list'](),
    ]);
    if (!goals.ok) return goals;
    if (!utility.ok) return utility;
    if (!scope.ok) return scope;
    if (!review.ok) return review;
    if (!customers.ok) return customers;
    if (!templates.ok) return templates;
    return {
      ok: true,
      value: {
        goals: goals.value,
        utility: utility.value.value,
        scope: scope.value.value,
        settings: review.value.settings.value,
        customers: customers.value,
        templates: templates.value,
      },
    };
  }, [api]);
  return (
    <StepLoader step={goalsStepOf[kind]} load={load}>
      {(record, reload) => (
        <GoalsForm
          kind={kind}
          record={record}
          onReload={reload}
          // Opening a goal moves the focus to its first field instead of the step's title.
          focusOnShow={focusOnShow && openGoalId === null}
          openGoalId={openGoalId}
          onGoTo={onGoTo}
        />
      )}
    </StepLoader>
  );
}
