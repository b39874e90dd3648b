import { useCallback } from 'react';
import { useApi } from '../../api/api-context';
import { CenteredMessage } from '../../components/CenteredMessage';
import { useRecord } from '../../wizard/use-record';
import { ScopeForm } from './ScopeForm';

/** Step 2, "Goal areas, mission and boundaries": loads the saved scope, then shows the form. */
export function ScopeStep({ focusOnShow }: { focusOnShow: boolean }) {
  const api = useApi();
  const load = useCallback(() => api['scope:get'](), [api]);
  const { state, reload } = useRecord(load);

  if (state.kind === 'loading') return <CenteredMessage loading title="Opening step 2…" />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title="Could not open this step" onRetry={reload}>
        {state.message}
      </CenteredMessage>
    );
  }
  return (
    <ScopeForm
      key={state.attempt}
      initial={state.record}
      onReload={reload}
      focusOnShow={focusOnShow}
    />
  );
}
