import type { Api } from '@shared/api/contract';
import { announcingApi } from './announcing-api';
import { createHttpApi } from './http-api';
import { readSessionToken } from './session-token';

/**
 * The desktop app's preload provides `window.api`; in browser mode (`npm run serve`) the page
 * talks HTTP to the local service. Null means browser mode without a token: the page was not
 * opened from the address the service printed. Either way, each stored change is announced to
 * the app's other windows (two browser tabs), so they show it.
 */
export function getApi(): Api | null {
  if (window.api) return announcingApi(window.api);
  const token = readSessionToken(window);
  return token ? announcingApi(createHttpApi(token)) : null;
}
