import { fail, type Result } from '@shared/api/result';
import { appMessages } from '../i18n/messages/app-messages';
import { pageText } from '../i18n/page-text';
import type { Versioned } from './autosaver';

/**
 * A form's record picked out of a larger answer (the review's settings from the review), for
 * an autosaver's `load`. `pick` answers undefined when the record is gone (a goal deleted in
 * another window).
 */
export async function loadPart<T, Value>(
  answer: Promise<Result<T>>,
  pick: (value: T) => Versioned<Value> | undefined,
): Promise<Result<Versioned<Value>>> {
  const result = await answer;
  if (!result.ok) return result;
  const part = pick(result.value);
  // A plain function the forms' autosavers call: it says it in the page's language.
  return part
    ? { ok: true, value: part }
    : fail('conflict', pageText(appMessages, 'app.deletedElsewhere'));
}
