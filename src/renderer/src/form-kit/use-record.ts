import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '@shared/api/result';

export type RecordState<T> =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** `loadedAt` is when (performance.now()) the load began: the record is at least that new. */
  | { kind: 'ready'; record: T; attempt: number; loadedAt: number };

/** A record read before its loader was shown (at start-up), and when that read began. */
export interface PreloadedRecord<T> {
  record: T;
  loadedAt: number;
}

/**
 * Loads a step's record once, and again on `reload` (after a conflict or a failed load).
 * `load` must be stable (wrap it in useCallback). Given `preloaded`, the first load is that
 * record, shown at once; a reload reads afresh.
 */
export function useRecord<T>(
  load: () => Promise<Result<T>>,
  preloaded?: PreloadedRecord<T> | null,
) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RecordState<T>>(() =>
    preloaded ? { kind: 'ready', attempt: 0, ...preloaded } : { kind: 'loading' },
  );
  const skipFirstLoad = useRef(Boolean(preloaded));

  useEffect(() => {
    if (skipFirstLoad.current) {
      skipFirstLoad.current = false;
      return;
    }
    let live = true;
    const loadedAt = performance.now();
    void load().then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { kind: 'ready', record: result.value, attempt, loadedAt }
          : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((previous) => previous + 1);
  }, []);

  return { state, reload };
}
