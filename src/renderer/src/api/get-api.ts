import type { Api } from '../../../shared/api/contract';
import { createHttpApi } from './http-api';
import { readSessionToken } from './session-token';

/**
 * The desktop app's preload provides `window.api`; in browser mode (`npm run serve`) the page
 * talks HTTP to the local service. Null means browser mode without a token: the page was not
 * opened from the address the service printed.
 */
export function getApi(): Api | null {
  if (window.api) return window.api;
  const token = readSessionToken(window);
  return token ? createHttpApi(token) : null;
}
