import { useCallback } from 'react';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../wizard/StepLoader';
import { ScopeForm } from './ScopeForm';

/** Step 2, "Goal areas, mission and boundaries": loads the saved scope, then shows the form. */
export function ScopeStep({ focusOnShow }: { focusOnShow: boolean }) {
  const api = useApi();
  const load = useCallback(() => api['scope:get'](), [api]);
  return (
    <StepLoader step="scope" load={load}>
      {(record, reload) => (
        <ScopeForm initial={record} onReload={reload} focusOnShow={focusOnShow} />
      )}
    </StepLoader>
  );
}
