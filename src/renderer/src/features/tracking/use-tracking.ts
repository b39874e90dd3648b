import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrackingView } from '@shared/api/tracking-contract';
import { useApi } from '../../api/api-context';
import { useOtherWindows } from '../../api/use-other-windows';

export type TrackingState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; view: TrackingView };

/**
 * The overview's data: read once, read again when another window saves something (a result, a
 * new approval, a board term) or this window comes back into view, and replaced by the view a
 * save answers. A read overtaken by a later read or a save's answer is dropped, so the screen
 * never steps back to what it showed before.
 */
export function useTracking() {
  const api = useApi();
  const [state, setState] = useState<TrackingState>({ kind: 'loading' });
  const [serial, setSerial] = useState(0);
  // Raised by every read and every save's answer: only the latest may reach the screen.
  const latest = useRef(0);

  useEffect(() => {
    latest.current += 1;
    const ticket = latest.current;
    void api['tracking:get']().then((result) => {
      if (latest.current !== ticket) return;
      // A read again that fails leaves the overview as it was rather than blank it.
      setState((shown) => {
        if (result.ok) return { kind: 'ready', view: result.value };
        return shown.kind === 'ready' ? shown : { kind: 'failed', message: result.error.message };
      });
    });
  }, [api, serial]);

  const refresh = useCallback(() => setSerial((previous) => previous + 1), []);
  const show = useCallback((view: TrackingView) => {
    latest.current += 1;
    setState({ kind: 'ready', view });
  }, []);
  // Another window's read changes nothing here; answering it would only read again.
  useOtherWindows((news) => {
    if (news.kind === 'back' || news.method !== 'tracking:get') refresh();
  });
  return { state, refresh, show };
}
