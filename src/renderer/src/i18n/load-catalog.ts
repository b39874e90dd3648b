import type { Language } from '@shared/domain/printed-date';
import { screenLanguage } from '@shared/i18n/screen-language';
import type { Catalog } from './catalog';
import { pseudoLocaleRequested } from './pseudo-text';

/** Each language's screen words: a module of their own, so a start loads only the one it shows. */
const screenWords: Record<Language, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('virtual:catalog/en'),
  es: () => import('virtual:catalog/es'),
};

const loading = new Map<Language, Promise<Catalog>>();
const loaded = new Map<Language, Catalog>();

/**
 * The whole catalog of `language`: the screens' words and shared code's (which `sayIn` keeps in
 * the bundle for main's answers and the papers). Asked twice, loaded once; a failed load is
 * forgotten, so asking again retries it.
 */
export function loadCatalog(language: Language): Promise<Catalog> {
  const known = loading.get(language);
  if (known) return known;
  const catalog = Promise.all([
    screenWords[language](),
    import('@shared/i18n/shared-catalog'),
  ]).then(([screens, { sharedCatalogs }]) => {
    const whole = { ...screens.default, ...sharedCatalogs[language] } as Catalog;
    loaded.set(language, whole);
    return whole;
  });
  catalog.catch(() => loading.delete(language));
  loading.set(language, catalog);
  return catalog;
}

/** The catalog of `language`, which must have loaded: the app draws only once it has. */
export function loadedCatalog(language: Language): Catalog {
  const catalog = loaded.get(language);
  if (!catalog) throw new Error(`The ${language} words were asked for before they loaded.`);
  return catalog;
}

/**
 * What the first drawing needs: the language LanguageProvider will show (the same rule,
 * screen-language.ts), and English when a test asked for the pseudo-locale, which is made
 * from it.
 */
export function loadStartCatalogs(chosen: Language | null): Promise<unknown> {
  const shown = screenLanguage(chosen, navigator.languages);
  return Promise.all([shown, ...(pseudoLocaleRequested() ? ['en' as const] : [])].map(loadCatalog));
}
