import type { Language } from '@shared/domain/printed-date';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogs } from './catalog';
import { intlLocale, screenLanguage } from './computer-language';
import { pseudoCatalog } from './pseudo-locale';
import { pseudoLocaleRequested } from './pseudo-text';

interface LanguageProviderProps {
  /** The language chosen on this computer (app:status), or null: follow the computer's. */
  chosen: Language | null;
  children: ReactNode;
}

/** The app's language: every message, date and number below follows it. */
export function LanguageProvider({ chosen, children }: LanguageProviderProps) {
  return (
    <CatalogProvider language={screenLanguage(chosen, navigator.languages)}>
      {children}
    </CatalogProvider>
  );
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
  const messages = useMemo(
    () => (pseudo ? pseudoCatalog(catalogs.en) : catalogs[language]),
    [pseudo, language],
  );

  useEffect(() => {
    // Screen readers pronounce the page in its language.
    document.documentElement.lang = language;
  }, [language]);

  return (
    <IntlProvider locale={intlLocale[language]} messages={messages} defaultLocale="en-US">
      {children}
    </IntlProvider>
  );
}
