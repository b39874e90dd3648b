import { z } from 'zod';
import type { AreaContract } from './method-spec';

/** The languages the app and its papers speak. */
export const languageSchema = z.enum(['en', 'es']);

/**
 * What this computer's LOS Builder remembers for everyone who uses it, whichever utility is
 * open: the app's language, chosen in the header or the View menu.
 */
export const preferencesContract = {
  /** Remembers the app's language; every window follows it from its next start. */
  'preferences:setLanguage': {
    input: z.strictObject({ language: languageSchema }),
    output: z.strictObject({ language: languageSchema }),
  },
} as const satisfies AreaContract<'preferences'>;
