import type { Language } from '../domain/printed-date';

/** The locale `Intl` formats with: US Spanish writes 1,250.5 as the board's bills do. */
export const intlLocale: Record<Language, string> = { en: 'en-US', es: 'es-US' };
