import type { ApiError } from '@shared/api/result';
import {
  actualEntrySchema,
  type ActualEntry,
  type TrackedGoal,
} from '@shared/api/tracking-contract';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import { numberFromText } from '@shared/domain/numbers/number-from-text';
import { issueText } from '../../i18n/issue-text';
import type { Text } from '../../i18n/use-text';

/** One result as typed: every field as text, so nothing typed is lost when it is refused. */
export interface ResultDraft {
  /** A period key from the goal's list, or the day as typed for a goal kept by the day. */
  period: string;
  /** The figure as typed; for a yes-or-no goal '1', '0' or '' (not answered). */
  value: string;
  source: string;
  note: string;
}

export type ResultField = keyof ResultDraft;

/** A message beside each field that needs fixing. */
export type FieldErrors = Partial<Record<ResultField, string>>;

export function blankDraft(period = '', source = ''): ResultDraft {
  return { period, value: '', source, note: '' };
}

/** A stored figure as the field shows it: "1,200", never "1200" or "1.2e3". */
export function valueText(value: number): string {
  return everyDigitText(value);
}

/** Whether nothing was typed for the result itself (a row left empty is skipped). */
export function valueIsBlank(draft: ResultDraft): boolean {
  return draft.value.trim() === '';
}

const resultFields = new Set<string>(['period', 'value', 'source', 'note']);

function isResultField(key: unknown): key is ResultField {
  return typeof key === 'string' && resultFields.has(key);
}

/**
 * The entry the API takes, checked with the API's own schema, so each field shows the message
 * main would answer; or the messages, by field.
 */
export function checkedEntry(
  text: Text,
  goal: Pick<TrackedGoal, 'id' | 'direction' | 'periodKind'>,
  draft: ResultDraft,
): { ok: true; entry: ActualEntry } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (draft.period.trim() === '') {
    errors.period = text(
      goal.periodKind === 'day' ? 'tracking.error.day' : 'tracking.error.period',
    );
  }
  if (goal.direction === 'yes-no' && draft.value === '') {
    errors.value = text('tracking.error.yesNo');
  }
  const parsed = actualEntrySchema.safeParse({
    goalId: goal.id,
    period: draft.period.trim(),
    value: numberFromText(draft.value),
    source: draft.source,
    note: draft.note,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isResultField(field) && errors[field] === undefined) {
        errors[field] = issueText(text, issue);
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, entry: parsed.data };
}

/**
 * The API's messages for the entry at `index` (`entries.<index>.<field>`), by field; a message
 * about the goal itself (not in the agreement in force) has no field and stays in `error.message`.
 */
export function errorsAt(error: ApiError, index: number): FieldErrors {
  const errors: FieldErrors = {};
  const prefix = `entries.${index}.`;
  for (const [key, message] of Object.entries(error.fields ?? {})) {
    const field = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (isResultField(field)) errors[field] = message;
  }
  return errors;
}
