import { useCallback, useRef } from 'react';
import type { Result } from '@shared/api/result';
import { useApi } from '../api/api-context';
import { GlossaryProvider } from '../features/glossary/GlossaryProvider';
import { RecordLoader } from '../form-kit/RecordLoader';
import { useText } from '../i18n/use-text';
import { readWizardStart } from './read-wizard-start';
import { WizardShell, type WizardStart } from './WizardShell';

interface WizardProps {
  /** The start-up reads' answer (main.tsx): shown at once, or its failure with Retry. */
  opening?: Result<WizardStart> | null;
}

/** Opens the wizard where the user left it, with any start-up notices. */
export function Wizard({ opening = null }: WizardProps) {
  const api = useApi();
  const text = useText();
  // A failed opening is the first load's answer (shown with Retry); Retry reads again.
  const unusedFailure = useRef(opening?.ok === false ? opening : null);
  const load = useCallback(() => {
    const failure = unusedFailure.current;
    unusedFailure.current = null;
    return failure ? Promise.resolve(failure) : readWizardStart(api);
  }, [api]);
  const preloaded = opening?.ok
    ? { record: opening.value, loadedAt: opening.value.utility.loadedAt }
    : null;
  return (
    <RecordLoader
      load={load}
      preloaded={preloaded}
      loadingTitle={text('app.opening')}
      failedTitle={text('app.openFailed')}
    >
      {(start) => (
        // The words explained reach every screen the shell shows: steps, overview, utilities.
        <GlossaryProvider>
          <WizardShell start={start} />
        </GlossaryProvider>
      )}
    </RecordLoader>
  );
}
