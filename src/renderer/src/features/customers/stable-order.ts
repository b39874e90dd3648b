import { useState } from 'react';

/**
 * `current` in the order of `previous`: items already shown keep their places, new ones go at
 * the end (in `current`'s order) and items no longer there drop out.
 */
export function keepOrder<T>(previous: readonly T[], current: readonly T[]): T[] {
  const now = new Set(current);
  const kept = previous.filter((item) => now.has(item));
  const known = new Set(kept);
  return [...kept, ...current.filter((item) => !known.has(item))];
}

function sameOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * A list sorted once, when it is first shown: later changes (a count going up as a topic is
 * corrected further down the page) do not move rows under the user's eyes or pointer. New items
 * join at the end. The order is sorted afresh the next time the list is shown.
 */
export function useStableOrder<T>(sorted: readonly T[]): T[] {
  const [order, setOrder] = useState<readonly T[]>(sorted);
  const next = keepOrder(order, sorted);
  // Kept in state, updated during render (React's pattern for state derived from props), so
  // the next change is ordered against what is on screen now.
  if (!sameOrder(next, order)) setOrder(next);
  return next;
}
