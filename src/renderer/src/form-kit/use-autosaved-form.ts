import { useForm, type UseFormReturnType } from '@mantine/form';
import type { Autosaver, AutosaverOptions, SaveStatus } from './autosaver';
import { conflictMarks, withConflictMarks } from './conflict-marks';
import { useErrorsInLanguage, useSchemaValidate } from './schema-validate';
import { useAutosave } from './use-autosave';

export interface AutosavedFormOptions<Draft, Value> extends AutosaverOptions<Draft, Value> {
  /** What the step still lacks, in plain words, judged on the value a save would send. */
  gaps: (value: Value) => string[];
}

/** Where a step stands, for the layout around its fields. */
export interface StepProgress {
  status: SaveStatus;
  retry: () => void;
  gaps: string[];
}

export interface AutosavedForm<Draft, Value> {
  form: UseFormReturnType<Draft>;
  progress: StepProgress;
  /** For a form that closes on its own (a goal's editor): save now and read the outcome. */
  saver: Autosaver<Draft, Value>;
}

/**
 * A step's form that validates with the API's schema on every change and saves itself as the
 * user types, so each step states only its schema, draft conversions, load and save methods
 * and gaps. A field another window saved differently while it was typed here says so under
 * itself, with the choice to keep the typed text or take the other window's.
 */
export function useAutosavedForm<Draft extends Record<string, unknown>, Value>(
  options: AutosavedFormOptions<Draft, Value>,
): AutosavedForm<Draft, Value> {
  const { initial, schema, toDraft, toInput, gaps } = options;
  const { status, saver } = useAutosave(options);
  const validate = useSchemaValidate(schema, toInput);
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: toDraft(initial.value),
    validate,
    validateInputOnChange: true,
    onValuesChange: (values) => saver.change(values),
  });
  useErrorsInLanguage(form);
  // Every render, like a ref: the merge reads and writes through the form's latest functions.
  saver.attach({ read: form.getValues, write: form.setValues });
  const marks = status.kind === 'conflict' ? conflictMarks(status.fields, form.values, saver) : {};
  return {
    form: withConflictMarks(form, marks),
    saver,
    progress: {
      status,
      retry: () => void saver.retry(),
      // Judged on what a save would send, so a field still marked in red does not count as done.
      gaps: gaps(saver.preview(form.values) ?? initial.value),
    },
  };
}
