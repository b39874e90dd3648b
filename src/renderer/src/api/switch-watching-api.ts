import type { Api } from '@shared/api/contract';
import { methodNames } from '@shared/api/methods';
import type { Result } from '@shared/api/result';
import { noticeSwitched } from './other-windows';

type Call = (input?: unknown) => Promise<Result<unknown>>;

/**
 * The same Api, noticing when main refuses a call because another window opened a different
 * utility: whichever step made the call, the whole window then asks the user to reload.
 */
export function switchWatchingApi(api: Api, onSwitched: () => void = noticeSwitched): Api {
  const entries = methodNames.map((method) => {
    const call = api[method] as Call;
    const watched: Call = async (input) => {
      const result = await call(input);
      if (!result.ok && result.error.code === 'switched') onSwitched();
      return result;
    };
    return [method, watched];
  });
  // As in announcing-api: each method keeps the type of the one it wraps.
  return Object.fromEntries(entries) as Api;
}
