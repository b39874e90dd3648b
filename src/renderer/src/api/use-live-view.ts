import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '@shared/api/contract';
import type { MethodName } from '@shared/api/methods';
import type { Result } from '@shared/api/result';
import { useApi } from './api-context';
import { useOtherWindows } from './use-other-windows';

export type LiveViewState<View> =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; view: View };

/**
 * A screen's data read with `method`: read once, read again when another window saves
 * something (a result, a new approval, a decision) or this window comes back into view, and
 * replaced by the view a save answers (`show`). A read overtaken by a later read or a save's
 * answer is dropped, so the screen never steps back to what it showed before.
 */
export function useLiveView<View>(method: MethodName, read: (api: Api) => Promise<Result<View>>) {
  const api = useApi();
  const [state, setState] = useState<LiveViewState<View>>({ kind: 'loading' });
  const [serial, setSerial] = useState(0);
  // Raised by every read and every save's answer: only the latest may reach the screen.
  const latest = useRef(0);
  // The caller's inline reader is new each render but reads the same method: the first is kept.
  const reader = useRef(read);

  useEffect(() => {
    latest.current += 1;
    const ticket = latest.current;
    void reader.current(api).then((result) => {
      if (latest.current !== ticket) return;
      // A read again that fails leaves the screen as it was rather than blank it.
      setState((shown) => {
        if (result.ok) return { kind: 'ready', view: result.value };
        return shown.kind === 'ready' ? shown : { kind: 'failed', message: result.error.message };
      });
    });
  }, [api, serial]);

  const refresh = useCallback(() => setSerial((previous) => previous + 1), []);
  const show = useCallback((view: View) => {
    latest.current += 1;
    setState({ kind: 'ready', view });
  }, []);
  // Another window's read of the same view changes nothing here; answering it would only read again.
  useOtherWindows((news) => {
    if (news.kind === 'back' || news.method !== method) refresh();
  });
  return { state, refresh, show };
}
