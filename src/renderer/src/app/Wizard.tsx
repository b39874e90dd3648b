import { useCallback } from 'react';
import type { Result } from '@shared/api/result';
import { useApi } from '../api/api-context';
import { RecordLoader } from '../form-kit/RecordLoader';
import { WizardShell, type WizardStart } from './WizardShell';

/** Opens the wizard where the user left it, with any start-up notices. */
export function Wizard() {
  const api = useApi();
  const load = useCallback(async (): Promise<Result<WizardStart>> => {
    const [status, wizard, utility, approval] = await Promise.all([
      api['app:status'](),
      api['wizard:get'](),
      api['utility:get'](),
      api['approval:get'](),
    ]);
    if (!status.ok) return status;
    if (!wizard.ok) return wizard;
    if (!utility.ok) return utility;
    if (!approval.ok) return approval;
    return {
      ok: true,
      value: {
        step: wizard.value.currentStep,
        utilityName: utility.value.value.name,
        notices: status.value.notices,
        agreement: approval.value.agreement,
      },
    };
  }, [api]);
  return (
    <RecordLoader
      load={load}
      loadingTitle="Opening LOS Builder…"
      failedTitle="LOS Builder could not open your work"
    >
      {(start) => <WizardShell start={start} />}
    </RecordLoader>
  );
}
