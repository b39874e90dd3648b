import type { Api } from '@shared/api/contract';
import { methodNames } from '@shared/api/methods';
import { fail, type Result } from '@shared/api/result';

export const serviceDownMessage =
  'LOS Builder\'s background service is not answering. Check that "npm run serve" is still running, then press Retry.';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The browser-mode client: every method of the contract becomes `POST /api/<method>` with the
 * session token. It never throws; a dead server or a garbled answer becomes an 'internal' Result.
 */
export function createHttpApi(
  token: string,
  fetchFn: Fetch = (url, init) => fetch(url, init),
): Api {
  async function call(method: string, input: unknown): Promise<Result<unknown>> {
    try {
      const response = await fetchFn(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-LOS-Token': token },
        body: JSON.stringify(input === undefined ? {} : { input }),
      });
      const body: unknown = await response.json();
      return isResult(body) ? body : fail('internal', serviceDownMessage);
    } catch {
      return fail('internal', serviceDownMessage);
    }
  }
  const entries = methodNames.map((method) => [method, (input?: unknown) => call(method, input)]);
  // The contract's per-method types cannot be expressed through a loop over names; the server
  // parses every input and answer with the same contract, so the cast is checked at runtime there.
  return Object.fromEntries(entries) as Api;
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
