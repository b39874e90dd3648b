import type { Language } from '@shared/domain/printed-date';
import { intlLocale } from '@shared/i18n/intl-locale';
import { resolveLocalesOnce } from '@shared/i18n/resolve-locales-once';
import { screenLanguage } from '@shared/i18n/screen-language';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { loadedCatalog } from './load-catalog';
import { rememberPageLanguage } from './page-language';
import { pseudoCatalog } from './pseudo-locale';
import { pseudoLocaleRequested } from './pseudo-text';

interface LanguageProviderProps {
  /** The language chosen on this computer (app:status), or null: follow the computer's. */
  chosen: Language | null;
  children: ReactNode;
}

/** The language shown, and how to show another at once (remembering it is the chooser's job). */
interface ShownLanguage {
  language: Language;
  show: (language: Language) => void;
}

const ShownLanguageContext = createContext<ShownLanguage | null>(null);

resolveLocalesOnce();

/** The app's language: every message, date and number below follows it. */
export function LanguageProvider({ chosen, children }: LanguageProviderProps) {
  const [language, show] = useState(() => screenLanguage(chosen, navigator.languages));
  const shown = useMemo(() => ({ language, show }), [language]);
  // For index.html's "Opening…" on the next start, before any of this code has loaded.
  useEffect(() => rememberPageLanguage(language), [language]);
  return (
    <ShownLanguageContext.Provider value={shown}>
      <CatalogProvider language={language}>{children}</CatalogProvider>
    </ShownLanguageContext.Provider>
  );
}

/** The shown language and its setter; only under a LanguageProvider. */
export function useShownLanguage(): ShownLanguage {
  const shown = useContext(ShownLanguageContext);
  if (!shown) throw new Error('useShownLanguage is used outside a LanguageProvider.');
  return shown;
}

/** The catalog of `language` (or the pseudo-locale, when a test asked for it) below. */
export function CatalogProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const [pseudo] = useState(pseudoLocaleRequested);
  // Loaded before the app draws and before a switch shows another language (load-catalog.ts).
  const messages = useMemo(
    () => (pseudo ? pseudoCatalog(loadedCatalog('en')) : loadedCatalog(language)),
    [pseudo, language],
  );

  useEffect(() => {
    // Screen readers pronounce the page in its language; the HTTP client and the preload send
    // it with each call, so main's refusals come back in it.
    document.documentElement.lang = language;
  }, [language]);

  return (
    <IntlProvider locale={intlLocale[language]} messages={messages} defaultLocale="en-US">
      {children}
    </IntlProvider>
  );
}
