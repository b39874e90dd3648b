import type { Api } from '@shared/api/contract';
import { methodNames, type MethodName } from '@shared/api/methods';
import { fail, type Result } from '@shared/api/result';
import { apiMessages } from '../i18n/messages/api-messages';
import { pageText } from '../i18n/page-text';

/** What a failed call says when the page is in English. */
export const serviceDownMessage = apiMessages.en['api.serviceDown'];

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Calls whose answer is the utility this page opened itself: `{ key }`. */
const switchingMethods = new Set<MethodName>([
  'library:open',
  'library:create',
  'backup:restore',
  'backup:undoRestore',
]);

/**
 * The browser-mode client: every method of the contract becomes `POST /api/<method>` with the
 * session token. It never throws; a dead server or a garbled answer becomes an 'internal' Result.
 *
 * All tabs share one service, so each says which utility it shows (`X-LOS-Utility`): once
 * another tab opens a different one, main refuses this tab's calls as 'switched' instead of
 * letting its edits land in the other utility. The key is the one the first app:status
 * named; a later app:status never changes it, or a stale tab would quietly adopt the new one.
 */
export function createHttpApi(
  token: string,
  fetchFn: Fetch = (url, init) => fetch(url, init),
): Api {
  let utilityKey: string | null = null;

  async function call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    try {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-LOS-Token': token,
      };
      if (utilityKey !== null) headers['X-LOS-Utility'] = utilityKey;
      // The LanguageProvider sets the page's lang: main's refusals come back in it.
      if (document.documentElement.lang === 'es') headers['X-LOS-Language'] = 'es';
      const response = await fetchFn(`/api/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input === undefined ? {} : { input }),
      });
      const body: unknown = await response.json();
      if (!isResult(body)) return fail('internal', pageText(apiMessages, 'api.serviceDown'));
      if (body.ok) utilityKey = shownAfter(method, body.value) ?? utilityKey;
      return body;
    } catch {
      return fail('internal', pageText(apiMessages, 'api.serviceDown'));
    }
  }

  /** The utility this page shows after `method` answered `value`, when that tells it. */
  function shownAfter(method: MethodName, value: unknown): string | null {
    if (method === 'app:status' && utilityKey === null) return keyIn(value, 'utility');
    return switchingMethods.has(method) ? keyIn(value) : null;
  }
  const entries = methodNames.map((method) => [method, (input?: unknown) => call(method, input)]);
  // The contract's per-method types cannot be expressed through a loop over names; the server
  // parses every input and answer with the same contract, so the cast is checked at runtime there.
  return Object.fromEntries(entries) as Api;
}

/** `value.key`, or `value[inside].key`, when it is a string. */
function keyIn(value: unknown, inside?: string): string | null {
  const holder = inside !== undefined && isRecord(value) ? value[inside] : value;
  return isRecord(holder) && typeof holder.key === 'string' ? holder.key : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null &&
    'message' in value.error &&
    typeof value.error.message === 'string'
  );
}
