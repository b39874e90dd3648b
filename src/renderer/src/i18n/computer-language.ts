import type { Language } from '@shared/domain/printed-date';

/**
 * The languages every screen is translated into. Spanish joins when its catalog covers every
 * screen (issue 17); until then the screens stay whole in English rather than half in Spanish,
 * while the papers already print in Spanish.
 */
export const screenLanguages: readonly Language[] = ['en'];

/**
 * The screens' language: the one chosen on this computer, else Spanish when the computer's
 * first language is Spanish (any country), else English; only a language every screen speaks.
 */
export function screenLanguage(chosen: Language | null, preferred: readonly string[]): Language {
  const wanted = chosen ?? (preferred[0]?.toLowerCase().startsWith('es') ? 'es' : 'en');
  return screenLanguages.includes(wanted) ? wanted : 'en';
}

/** The locale `Intl` formats with: US Spanish writes 1,250.5 as the board's bills do. */
export const intlLocale: Record<Language, string> = { en: 'en-US', es: 'es-US' };
