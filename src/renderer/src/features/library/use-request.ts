import { useEffect, useRef } from 'react';
import type { LibraryRequest } from './library-request';

/** Calls the latest `run` once for each new request naming `command`. */
export function useRequest(
  request: LibraryRequest | null,
  command: LibraryRequest['command'],
  run: () => void,
): void {
  const latest = useRef(run);
  const done = useRef<number | null>(null);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!request || request.command !== command || done.current === request.serial) return;
    done.current = request.serial;
    latest.current();
  }, [request, command]);
}
