import { useCallback } from 'react';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { UtilityForm } from './UtilityForm';

interface UtilityStepProps {
  focusOnShow: boolean;
  /** Keeps the header's utility name in step with what is saved. */
  onNameSaved: (name: string) => void;
}

/** Step 1, "Utility and team": loads the saved profile, then shows the form. */
export function UtilityStep({ focusOnShow, onNameSaved }: UtilityStepProps) {
  const api = useApi();
  const load = useCallback(() => api['utility:get'](), [api]);
  return (
    <StepLoader step="utility" load={load}>
      {(record, reload) => (
        <UtilityForm
          initial={record}
          onReload={reload}
          focusOnShow={focusOnShow}
          onNameSaved={onNameSaved}
        />
      )}
    </StepLoader>
  );
}
