import type { Language } from '@shared/domain/printed-date';
import { useSyncExternalStore } from 'react';

/**
 * The language calls to main carry: the page's `lang`, which the preload and the HTTP client
 * send with each call and CatalogProvider sets after the screen switches language.
 */
export function callLanguage(): Language {
  return document.documentElement.lang === 'es' ? 'es' : 'en';
}

function onLangChange(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

/**
 * `callLanguage()`, kept current. Not the screen's language itself: the page's `lang` follows
 * it in an effect that runs after its children's, so a read keyed on the screen's language
 * would still go out in the old one; keyed on this, it goes out in the new one.
 */
export function useCallLanguage(): Language {
  return useSyncExternalStore(onLangChange, callLanguage);
}
