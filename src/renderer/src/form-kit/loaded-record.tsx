import { createContext, useContext } from 'react';

/** The record on screen, as the nearest RecordLoader loaded it. */
export interface LoadedRecord {
  /** When (performance.now()) its load began. */
  loadedAt: number;
  /** Loads it again and starts its form afresh. */
  reload: () => void;
}

export const LoadedRecordContext = createContext<LoadedRecord | null>(null);

/** The step's loaded record, so a notice deep inside it can offer Reload; null outside one. */
export function useLoadedRecord(): LoadedRecord | null {
  return useContext(LoadedRecordContext);
}
