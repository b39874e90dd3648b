import type { Language } from '../domain/printed-date';

/**
 * The screens' language: the one chosen on this computer, else Spanish when the computer's
 * first language is Spanish (any country), else English. The page asks with
 * `navigator.languages`, the desktop menu with Electron's `app.getPreferredSystemLanguages()`:
 * the same rule, so the two agree on a first start.
 */
export function screenLanguage(chosen: Language | null, preferred: readonly string[]): Language {
  return chosen ?? (preferred[0]?.toLowerCase().startsWith('es') ? 'es' : 'en');
}
