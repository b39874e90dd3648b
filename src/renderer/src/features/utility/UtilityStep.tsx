import { useCallback } from 'react';
import { useApi } from '../../api/api-context';
import type { UtilityProfile } from '@shared/domain/utility';
import type { Versioned } from '../../form-kit/autosaver';
import { StepLoader } from '../../form-kit/StepLoader';
import type { PreloadedRecord } from '../../form-kit/use-record';
import { UtilityForm } from './UtilityForm';

interface UtilityStepProps {
  focusOnShow: boolean;
  /** Keeps the header's utility name in step with what is saved. */
  onNameSaved: (name: string) => void;
  /** The profile the wizard read as it opened, when it opened on this step. */
  opening?: PreloadedRecord<Versioned<UtilityProfile>> | null;
}

/** Step 1, "Utility and team": loads the saved profile, then shows the form. */
export function UtilityStep({ focusOnShow, onNameSaved, opening }: UtilityStepProps) {
  const api = useApi();
  const load = useCallback(() => api['utility:get'](), [api]);
  return (
    <StepLoader step="utility" load={load} preloaded={opening}>
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
