import type { Language } from '@shared/domain/printed-date';
import { pseudoLocaleRequested, pseudoText } from './pseudo-text';

/**
 * A message for code that runs outside the language provider (the HTTP client, the content of
 * a notification, which Mantine draws outside the app's tree), in the language the page shows:
 * the LanguageProvider sets the page's `lang`, and before it has, the page is English. Only
 * for messages without placeholders, which read the same raw as formatted. Takes the area's
 * own messages rather than the whole catalog, so the page's first script (the HTTP client)
 * does not carry every screen's words.
 */
export function pageText<Key extends string>(
  messages: Record<Language, Record<Key, string>>,
  key: Key,
): string {
  const english = messages.en[key];
  if (pseudoLocaleRequested()) return `⟦${pseudoText(english)}⟧`;
  return document.documentElement.lang === 'es' ? messages.es[key] : english;
}
