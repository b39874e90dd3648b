import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { GlossaryContext } from './glossary-context';
import type { GlossaryTerm } from './glossary-terms';

// The list's code loads when it is first opened, so the start of the app does not carry it.
const GlossaryDrawer = lazy(() =>
  import('./GlossaryDrawer').then((code) => ({ default: code.GlossaryDrawer })),
);

interface Shown {
  opened: boolean;
  term: GlossaryTerm | null;
  /** Raised on each opening, so opening at the same term again scrolls to it again. */
  serial: number;
}

/** The words explained, reachable from every screen below it (the header's button, a term). */
export function GlossaryProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(null);
  // Closed, the focus goes back to the button or the term that opened it. Kept here, not left to
  // the drawer: a drawer drawn for the first time already open does not know where it came from.
  const openedFrom = useRef<HTMLElement | null>(null);
  const open = useCallback((term?: GlossaryTerm) => {
    openedFrom.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setShown((before) => ({ opened: true, term: term ?? null, serial: (before?.serial ?? 0) + 1 }));
  }, []);
  const close = useCallback(() => {
    setShown((before) => before && { ...before, opened: false });
    openedFrom.current?.focus();
  }, []);
  return (
    <GlossaryContext.Provider value={open}>
      {children}
      {shown && (
        <Suspense fallback={null}>
          <GlossaryDrawer
            opened={shown.opened}
            term={shown.term}
            serial={shown.serial}
            onClose={close}
          />
        </Suspense>
      )}
    </GlossaryContext.Provider>
  );
}
