import type { Language } from '@shared/domain/printed-date';

/**
 * Where the page keeps the language it last showed. public/opening-language.js reads it on the
 * next start, before the app's code has loaded, to say "Opening LOS Builder…" in that language
 * and set the page's `lang`. The choice itself lives in main (preferences:setLanguage); this is
 * only its echo on this page's origin.
 */
export const pageLanguageKey = 'los-builder:language';

export function rememberPageLanguage(language: Language): void {
  try {
    localStorage.setItem(pageLanguageKey, language);
  } catch {
    // Storage full or refused: the next start follows the computer's language, as a first does.
  }
}
