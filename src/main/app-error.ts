import type { ErrorCode } from '../shared/api/result';
import type { Language } from '../shared/domain/printed-date';
import type { Said } from '../shared/i18n/said';
import { sayIn } from '../shared/i18n/say-in';
import { isRefusal, refusalIn, type Refusal } from './messages/refusal';

/**
 * What an error says: a shared message or one of main's own refusals, said in the caller's
 * language, or plain text.
 */
export type Saying = Said | Refusal | string;

/** A saying in `language` (a start-up notice's, an error's). */
export function sayingIn(saying: Saying, language: Language): string {
  if (typeof saying === 'string') return saying;
  return isRefusal(saying) ? refusalIn(saying, language) : sayIn(saying, language);
}

/**
 * A failure a handler expects and can explain (a stale revision, a full disk). The transports
 * turn it into a Result with its code and message, in the language of the window that asked;
 * any other error becomes "internal". `message` itself is English, for the log.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly saying: Saying,
    readonly fieldSayings?: Record<string, Saying>,
  ) {
    super(sayingIn(saying, 'en'));
    this.name = 'AppError';
  }

  /** Per-field messages in English, as the log and the tests read them. */
  get fields(): Record<string, string> | undefined {
    return this.fieldsIn('en');
  }

  /** The message for a window that shows `language`. */
  messageIn(language: Language): string {
    return sayingIn(this.saying, language);
  }

  /** Per-field messages for a window that shows `language`, keyed by the field's dotted path. */
  fieldsIn(language: Language): Record<string, string> | undefined {
    if (!this.fieldSayings) return undefined;
    return Object.fromEntries(
      Object.entries(this.fieldSayings).map(([path, saying]) => [path, sayingIn(saying, language)]),
    );
  }
}
