import type { KeysOf } from '../../shared/i18n/define-messages';
import type { Language } from '../../shared/domain/printed-date';
import type { Said, SaidValue } from '../../shared/i18n/said';
import { formatIn, valuesIn } from '../../shared/i18n/say-in';
import { refusalsMessages } from './refusals-messages';

export type RefusalKey = KeysOf<typeof refusalsMessages>;

/**
 * One of main's own refusals: a key of its `refusals` area and its values, said by dispatch in
 * the caller's language. A value may be a shared message (a schema's check), said first.
 */
export interface Refusal {
  readonly refusal: RefusalKey;
  readonly values?: Readonly<Record<string, SaidValue>>;
}

export function refusal(key: RefusalKey, values?: Record<string, SaidValue>): Refusal {
  return values ? { refusal: key, values } : { refusal: key };
}

export function isRefusal(value: Refusal | Said | string): value is Refusal {
  return typeof value === 'object' && 'refusal' in value;
}

/** A refusal in `language`, its shared messages said first. */
export function refusalIn(message: Refusal, language: Language): string {
  return formatIn(refusalsMessages, message.refusal, valuesIn(message.values, language), language);
}
