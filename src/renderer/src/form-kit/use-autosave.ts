import { useEffect, useState, useSyncExternalStore } from 'react';
import { useOtherWindows } from '../api/use-other-windows';
import { useAgreement } from './agreement-context';
import { Autosaver, type AutosaverOptions, type SaveStatus } from './autosaver';
import { useFlushRegistry } from './flush-registry';

export interface Autosave<Draft, Value> {
  status: SaveStatus;
  saver: Autosaver<Draft, Value>;
}

/**
 * One autosaver for the life of a step's form. Pending edits are saved when the wizard moves
 * to another step, when the step closes and (best effort) when the window is closed. What
 * another window saves is brought in as soon as that window says so, and again whenever this
 * window comes back into view.
 */
export function useAutosave<Draft, Value>(
  options: AutosaverOptions<Draft, Value>,
): Autosave<Draft, Value> {
  const [saver] = useState(() => new Autosaver(options));
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  const registry = useFlushRegistry();
  const { frozen, recheck } = useAgreement();

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

  useOtherWindows(() => void saver.refresh());

  // A save refused as frozen means the board approved in another window: the whole wizard
  // should know at once, so every field stops taking typing that could never be saved.
  useEffect(() => {
    if (status.kind === 'frozen') recheck();
  }, [status.kind, recheck]);

  useEffect(() => {
    if (!frozen) saver.thaw();
  }, [frozen, saver]);

  return { status, saver };
}
