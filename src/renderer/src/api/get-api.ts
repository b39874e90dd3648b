import type { Api } from '@shared/api/contract';
import { announcingApi } from './announcing-api';
import { createHttpApi } from './http-api';
import { readSessionToken } from './session-token';
import { switchWatchingApi } from './switch-watching-api';

/**
 * The desktop app's preload provides `window.api`; in browser mode (`npm run serve`) the page
 * talks HTTP to the local service. Null means browser mode without a token: the page was not
 * opened from the address the service printed. Either way, each stored change is announced to
 * the app's other windows (two browser tabs), so they show it, and a call refused because
 * another window opened a different utility makes this one ask to reload.
 */
export function getApi(): Api | null {
  if (window.api) return switchWatchingApi(announcingApi(window.api));
  const token = readSessionToken(window);
  return token ? switchWatchingApi(announcingApi(createHttpApi(token))) : null;
}
