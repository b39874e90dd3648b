import type { KeysOf } from '../../shared/i18n/define-messages';
import type { Language } from '../../shared/domain/printed-date';
import type { Said, SaidValue } from '../../shared/i18n/said';
import { formatIn, sayIn, valuesIn } from '../../shared/i18n/say-in';
import { refusalsMessages } from './refusals-messages';

export type RefusalKey = KeysOf<typeof refusalsMessages>;

/**
 * One of main's own refusals: a key of its `refusals` area and its values, said by dispatch in
 * the caller's language. A value may be a shared message (a schema's check), said first.
 */
export interface Refusal {
  readonly refusal: RefusalKey;
  readonly values?: Readonly<Record<string, RefusalValue>>;
}

/**
 * A refusal's placeholder: as a shared message's, or another refusal (the reason a backup is
 * refused, the error a start-up notice reports), said first in the same language.
 */
export type RefusalValue = SaidValue | Refusal;

export function refusal(key: RefusalKey, values?: Record<string, RefusalValue>): Refusal {
  return values ? { refusal: key, values } : { refusal: key };
}

export function isRefusal(value: Refusal | Said | string): value is Refusal {
  return typeof value === 'object' && 'refusal' in value;
}

/** A refusal in `language`, its nested refusals and shared messages said first. */
export function refusalIn(message: Refusal, language: Language): string {
  const values = valuesIn(message.values, (nested: Refusal | Said) =>
    isRefusal(nested) ? refusalIn(nested, language) : sayIn(nested, language),
  );
  return formatIn(refusalsMessages, message.refusal, values, language);
}
