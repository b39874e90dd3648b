import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { useApi } from '../../api/api-context';
import { useOtherWindows } from '../../api/use-other-windows';

export type OutagesState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; outages: Outage[] };

/**
 * The outage log as the panel shows it: read once, read again when another window saves
 * something or this one comes back into view, and replaced by the log a save answers. A read
 * overtaken by a later read or a save's answer is dropped (as use-tracking.ts does).
 */
export function useOutages() {
  const api = useApi();
  const [state, setState] = useState<OutagesState>({ kind: 'loading' });
  const [serial, setSerial] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    latest.current += 1;
    const ticket = latest.current;
    void api['outages:list']().then((result) => {
      if (latest.current !== ticket) return;
      setState((shown) => {
        if (result.ok) return { kind: 'ready', outages: result.value };
        return shown.kind === 'ready' ? shown : { kind: 'failed', message: result.error.message };
      });
    });
  }, [api, serial]);

  const refresh = useCallback(() => setSerial((previous) => previous + 1), []);
  const show = useCallback((outages: Outage[]) => {
    latest.current += 1;
    setState({ kind: 'ready', outages });
  }, []);
  useOtherWindows((news) => {
    if (news.kind === 'back' || news.method !== 'outages:list') refresh();
  });
  return { state, refresh, show };
}
