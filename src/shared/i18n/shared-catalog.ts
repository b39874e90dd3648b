import type { Language } from '../domain/printed-date';
import { mergedAreas, type KeysOf } from './define-messages';
import { afterVoteMessages } from './messages/after-vote-messages';
import { approvalRulesMessages } from './messages/approval-rules-messages';
import { datesMessages } from './messages/dates-messages';
import { evidenceMessages } from './messages/evidence-messages';
import { findingsMessages } from './messages/findings-messages';
import { importsMessages } from './messages/imports-messages';
import { minutesMessages } from './messages/minutes-messages';
import { previewsMessages } from './messages/previews-messages';
import { recordsMessages } from './messages/records-messages';
import { cardTallyMessages } from './messages/card-tally-messages';
import { utilityFactsMessages } from './messages/utility-facts-messages';
import { validationMessages } from './messages/validation-messages';

/**
 * The words of shared code: sentences the pure domain says (a review finding, why a date was
 * not read, a schema's check), which the screens, main's answers and the papers each say in
 * their own language. Shared code hands them out as `Said` values (said.ts), never as English.
 */
export const sharedAreas = [
  findingsMessages,
  approvalRulesMessages,
  evidenceMessages,
  utilityFactsMessages,
  validationMessages,
  datesMessages,
  importsMessages,
  afterVoteMessages,
  minutesMessages,
  previewsMessages,
  recordsMessages,
  cardTallyMessages,
] as const;

/** A shared message's key, `area.key`. */
export type SaidKey = KeysOf<(typeof sharedAreas)[number]>;

/** Shared code's words in each language, ICU MessageFormat. */
export const sharedCatalogs: Record<Language, Record<SaidKey, string>> = {
  en: mergedAreas(sharedAreas, 'en'),
  es: mergedAreas(sharedAreas, 'es'),
};

export function isSaidKey(key: string): key is SaidKey {
  return Object.hasOwn(sharedCatalogs.en, key);
}
