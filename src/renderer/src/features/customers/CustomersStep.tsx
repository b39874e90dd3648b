import { useCallback } from 'react';
import type { Result } from '@shared/api/result';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { CustomersForm, type CustomersRecord } from './CustomersForm';

interface CustomersStepProps {
  focusOnShow: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** Step 4, "Customers": loads the records, the goals they back and the utility's size. */
export function CustomersStep({ focusOnShow, onGoTo }: CustomersStepProps) {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<CustomersRecord>> => {
    const [customers, goals, utility, scope] = await Promise.all([
      api['customers:get'](),
      api['goals:list'](),
      api['utility:get'](),
      api['scope:get'](),
    ]);
    if (!customers.ok) return customers;
    if (!goals.ok) return goals;
    if (!utility.ok) return utility;
    if (!scope.ok) return scope;
    return {
      ok: true,
      value: {
        view: customers.value,
        goals: goals.value,
        connections: utility.value.value.connections,
        systemType: utility.value.value.systemType,
        areas: scope.value.value.areas,
      },
    };
  }, [api]);
  return (
    <StepLoader step="customers" load={load}>
      {(record, reload) => (
        <CustomersForm
          record={record}
          onReload={reload}
          focusOnShow={focusOnShow}
          onGoTo={onGoTo}
        />
      )}
    </StepLoader>
  );
}
