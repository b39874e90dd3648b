import { createContext, useContext, useState, type ReactNode } from 'react';
import type { SaveStatus } from './autosaver';

/** Saves what is waiting now and answers where that left the step. */
type Flush = () => Promise<SaveStatus>;

interface FlushRegistry {
  /** Adds a step's "save what is waiting now"; answers the function that removes it again. */
  register: (flush: Flush) => () => void;
  /** Answers every open step's status after saving; the wizard moves only when all are saved. */
  flushAll: () => Promise<SaveStatus[]>;
}

const FlushRegistryContext = createContext<FlushRegistry | null>(null);

function createRegistry(): FlushRegistry {
  const flushes = new Set<Flush>();
  return {
    register(flush) {
      flushes.add(flush);
      return () => flushes.delete(flush);
    },
    flushAll() {
      return Promise.all([...flushes].map((flush) => flush()));
    },
  };
}

/** Lets the wizard save every open step before it moves, so a step never reloads stale data. */
export function FlushRegistryProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createRegistry);
  return <FlushRegistryContext.Provider value={registry}>{children}</FlushRegistryContext.Provider>;
}

/** The wizard's registry, or null when a step is shown on its own (component tests). */
export function useFlushRegistry(): FlushRegistry | null {
  return useContext(FlushRegistryContext);
}
