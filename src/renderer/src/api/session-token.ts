const storageKey = 'los-builder-token';

/** The parts of `window` the token reader touches, so it can be tested without a browser. */
export interface TokenSource {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState'>;
}

/**
 * The browser-mode token arrives once in the address fragment (`#token=...`, printed by
 * `npm run serve`). It is kept for this tab only and removed from the address bar so it is
 * not left in bookmarks, history or a screenshot.
 */
export function readSessionToken(source: TokenSource): string | null {
  const fromHash = new URLSearchParams(source.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    source.sessionStorage.setItem(storageKey, fromHash);
    source.history.replaceState(null, '', source.location.pathname + source.location.search);
    return fromHash;
  }
  return source.sessionStorage.getItem(storageKey);
}
