import { useCallback, useRef } from 'react';
import type { Result } from '@shared/api/result';
import { useApi } from '../api/api-context';
import { RecordLoader } from '../form-kit/RecordLoader';
import { readWizardStart } from './read-wizard-start';
import { WizardShell, type WizardStart } from './WizardShell';

interface WizardProps {
  /** The start-up reads main.tsx already sent; used for the first load only (Retry reads again). */
  opening?: Promise<Result<WizardStart>> | null;
}

/** Opens the wizard where the user left it, with any start-up notices. */
export function Wizard({ opening = null }: WizardProps) {
  const api = useApi();
  const unused = useRef(opening);
  const load = useCallback(() => {
    const first = unused.current;
    unused.current = null;
    return first ?? readWizardStart(api);
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
