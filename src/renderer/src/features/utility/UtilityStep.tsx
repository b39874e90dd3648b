import { useCallback } from 'react';
import { useApi } from '../../api/api-context';
import { CenteredMessage } from '../../components/CenteredMessage';
import { useRecord } from '../../wizard/use-record';
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
  const { state, reload } = useRecord(load);

  if (state.kind === 'loading') return <CenteredMessage loading title="Opening step 1…" />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title="Could not open this step" onRetry={reload}>
        {state.message}
      </CenteredMessage>
    );
  }
  return (
    <UtilityForm
      key={state.attempt}
      initial={state.record}
      onReload={reload}
      focusOnShow={focusOnShow}
      onNameSaved={onNameSaved}
    />
  );
}
