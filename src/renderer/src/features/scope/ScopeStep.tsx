import { useCallback } from 'react';
import type { Result } from '@shared/api/result';
import { useApi } from '../../api/api-context';
import { StepLoader } from '../../form-kit/StepLoader';
import { ScopeForm, type ScopeRecord } from './ScopeForm';

/**
 * Step 2, "Goal areas, mission and boundaries": loads the saved scope and step 1's system type,
 * which decides the questions asked, then shows the form.
 */
export function ScopeStep({ focusOnShow }: { focusOnShow: boolean }) {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<ScopeRecord>> => {
    const [scope, utility] = await Promise.all([api['scope:get'](), api['utility:get']()]);
    if (!scope.ok) return scope;
    if (!utility.ok) return utility;
    return { ok: true, value: { scope: scope.value, systemType: utility.value.value.systemType } };
  }, [api]);
  return (
    <StepLoader step="scope" load={load}>
      {(record, reload) => (
        <ScopeForm record={record} onReload={reload} focusOnShow={focusOnShow} />
      )}
    </StepLoader>
  );
}
