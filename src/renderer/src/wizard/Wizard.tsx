import { useCallback } from 'react';
import type { Notice } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { WizardStep } from '../../../shared/domain/wizard';
import { useApi } from '../api/api-context';
import { CenteredMessage } from '../components/CenteredMessage';
import { useRecord } from './use-record';
import { WizardShell } from './WizardShell';

export interface WizardStart {
  step: WizardStep;
  utilityName: string;
  notices: Notice[];
}

/** Opens the wizard where the user left it, with any start-up notices. */
export function Wizard() {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<WizardStart>> => {
    const [status, wizard, utility] = await Promise.all([
      api['app:status'](),
      api['wizard:get'](),
      api['utility:get'](),
    ]);
    if (!status.ok) return status;
    if (!wizard.ok) return wizard;
    if (!utility.ok) return utility;
    return {
      ok: true,
      value: {
        step: wizard.value.currentStep,
        utilityName: utility.value.value.name,
        notices: status.value.notices,
      },
    };
  }, [api]);
  const { state, reload } = useRecord(load);

  if (state.kind === 'loading') return <CenteredMessage loading title="Opening LOS Builder…" />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title="LOS Builder could not open your work" onRetry={reload}>
        {state.message}
      </CenteredMessage>
    );
  }
  return <WizardShell start={state.record} />;
}
