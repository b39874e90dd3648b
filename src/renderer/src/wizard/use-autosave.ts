import { useEffect, useState, useSyncExternalStore } from 'react';
import { Autosaver, type AutosaverOptions, type SaveStatus } from './autosaver';
import { useFlushRegistry } from './flush-registry';

export interface Autosave<Draft, Value> {
  status: SaveStatus;
  saver: Autosaver<Draft, Value>;
}

/**
 * One autosaver for the life of a step's form. Pending edits are saved when the wizard moves
 * to another step, when the step closes and (best effort) when the window is closed.
 */
export function useAutosave<Draft, Value>(
  options: AutosaverOptions<Draft, Value>,
): Autosave<Draft, Value> {
  const [saver] = useState(() => new Autosaver(options));
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  const registry = useFlushRegistry();

  useEffect(() => {
    const flush = () => saver.flush().then(saver.getStatus);
    const onUnload = () => void saver.flush();
    window.addEventListener('beforeunload', onUnload);
    const unregister = registry?.register(flush);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      unregister?.();
      void saver.flush();
    };
  }, [saver, registry]);

  return { status, saver };
}
