import { type ReactNode } from 'react';
import type { Result } from '@shared/api/result';
import { CenteredMessage } from './CenteredMessage';
import { LoadedRecordContext } from './loaded-record';
import { useRecord, type PreloadedRecord } from './use-record';

interface RecordLoaderProps<T> {
  /** Must be stable (wrap it in useCallback), as for useRecord. */
  load: () => Promise<Result<T>>;
  /** The record, already read: shown at once instead of loading it (a reload still reads). */
  preloaded?: PreloadedRecord<T> | null;
  loadingTitle: string;
  failedTitle: string;
  /** What to show once the record is here; `reload` fetches it again (after a conflict, say). */
  children: (record: T, reload: () => void) => ReactNode;
}

/** Shows a loading message, then the loaded record, or what went wrong with a way to retry. */
export function RecordLoader<T>({
  load,
  preloaded,
  loadingTitle,
  failedTitle,
  children,
}: RecordLoaderProps<T>) {
  const { state, reload } = useRecord(load, preloaded);

  if (state.kind === 'loading') return <CenteredMessage loading title={loadingTitle} />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title={failedTitle} onRetry={reload}>
        {state.message}
      </CenteredMessage>
    );
  }
  // A new key per load, so a reloaded record starts a fresh form instead of keeping old edits.
  return (
    <LoadedRecordContext.Provider key={state.attempt} value={{ loadedAt: state.loadedAt, reload }}>
      {children(state.record, reload)}
    </LoadedRecordContext.Provider>
  );
}
