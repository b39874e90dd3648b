import type { ReactNode } from 'react';
import type { Result } from '@shared/api/result';
import { wizardSteps, type WizardStep } from '@shared/domain/wizard-steps';
import type { Versioned } from './autosaver';
import { useText, type Text } from '../i18n/use-text';
import { RecordLoader } from './RecordLoader';
import type { PreloadedRecord } from './use-record';

/** What every step's form receives once its record is loaded. */
export interface StepFormProps<Value> {
  initial: Versioned<Value>;
  onReload: () => void;
  focusOnShow: boolean;
}

interface StepLoaderProps<T> {
  /** Which step, for "Opening step 2…". */
  step: WizardStep;
  /** Must be stable (wrap it in useCallback). */
  load: () => Promise<Result<T>>;
  /** The record, already read at start-up: the step shows at once. */
  preloaded?: PreloadedRecord<T> | null;
  children: (record: T, reload: () => void) => ReactNode;
}

/** "Opening step 2…": what every step says while its code or its record loads. */
export function openingStepTitle(text: Text, step: WizardStep): string {
  return text('form.openingStep', { number: wizardSteps.indexOf(step) + 1 });
}

/** Loads a wizard step's saved record, with the same wording on every step while it loads or fails. */
export function StepLoader<T>({ step, load, preloaded, children }: StepLoaderProps<T>) {
  const text = useText();
  return (
    <RecordLoader
      load={load}
      preloaded={preloaded}
      loadingTitle={openingStepTitle(text, step)}
      failedTitle={text('form.stepOpenFailed')}
    >
      {children}
    </RecordLoader>
  );
}
